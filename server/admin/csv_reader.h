#pragma once

#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace storepulse::admin {

// Reads RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends.
class csv_reader {
 public:
  explicit csv_reader(std::istream& in) : in_(in) {}

  // Returns the next record, or nullopt at the end; throws std::runtime_error on an unterminated
  // quote. line() then tells where the record started.
  std::optional<std::vector<std::string>> next();
  // Returns the 1-based line on which the last record started.
  int line() const { return record_line_; }

 private:
  std::istream& in_;
  int line_ = 1;
  int record_line_ = 0;
};

}  // namespace storepulse::admin
