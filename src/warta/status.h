// Status and StatusOr: how every warta function reports failure.
//
//   warta::StatusOr<warta::LexiconSet> set = warta::LexiconSet::Load(dir);
//   if (!set.ok()) {
//     std::fprintf(stderr, "warta: %s\n", set.status().message().c_str());
//     return 2;
//   }
//   const warta::LexiconSet& lexicons = *set;
//
// The library never throws across its API and never exits the process. Error
// codes are stable strings (ErrorCodeName) that also appear in output records.
#ifndef WARTA_STATUS_H_
#define WARTA_STATUS_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace warta {

enum class ErrorCode {
  kOk = 0,
  kInvalidJson,    // a JSONL line that is not JSON
  kNotObject,      // valid JSON that is not an object
  kMissingText,    // no text field
  kTextNotString,  // text field of another type
  kInvalidUtf8,    // bytes that are not UTF-8 (under --invalid-utf8 error)
  kTooLarge,       // article over --max-article-bytes
  kDuplicateKey,   // a record naming the id/text/title/date field twice
  kEmptyText,      // text that is empty or only whitespace/control characters
  kIoError,        // a file that cannot be read
  kLexiconError,   // a lexicon file that does not validate
  kUsage,          // a bad option or argument
  kInternal,       // a bug: reported, never hidden
};

// The stable name used in error records, e.g. "invalid_utf8".
std::string_view ErrorCodeName(ErrorCode code);

class Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}
  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  // Where, then what: "lexicons/titles.tsv:42: expected 3 columns, got 2".
  const std::string& message() const { return message_; }

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

// A value or the Status that explains why there is none.
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design
  StatusOr(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() { return *value_; }
  const T& value() const { return *value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace warta

#endif  // WARTA_STATUS_H_
