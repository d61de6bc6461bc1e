#include "warta/status.h"

namespace warta {

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kInvalidJson: return "invalid_json";
    case ErrorCode::kNotObject: return "not_object";
    case ErrorCode::kMissingText: return "missing_text";
    case ErrorCode::kTextNotString: return "text_not_string";
    case ErrorCode::kInvalidUtf8: return "invalid_utf8";
    case ErrorCode::kTooLarge: return "too_large";
    case ErrorCode::kDuplicateKey: return "duplicate_key";
    case ErrorCode::kEmptyText: return "empty_text";
    case ErrorCode::kIoError: return "io_error";
    case ErrorCode::kLexiconError: return "lexicon_error";
    case ErrorCode::kUsage: return "usage";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

}  // namespace warta
