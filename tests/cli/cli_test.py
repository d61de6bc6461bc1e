import sys; print("placeholder")
