#include "server/app/text_format.h"

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

#include <stdexcept>
#include <string>

namespace storepulse::app {
namespace {

class error_collector : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column, const std::string& message) override {
    if (first.empty())
      first = "line " + std::to_string(line + 1) + " column " + std::to_string(column + 1) + ": " + message;
  }
  std::string first;
};

}  // namespace

void parse_text_format(std::string_view text, google::protobuf::Message& message, std::string_view what) {
  google::protobuf::TextFormat::Parser parser;
  error_collector errors;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(std::string(text), &message))
    throw std::runtime_error(std::string(what) + ": " + (errors.first.empty() ? "does not parse" : errors.first));
}

}  // namespace storepulse::app
