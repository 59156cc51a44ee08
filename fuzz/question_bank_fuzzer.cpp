// Any text as a question bank (Protobuf text format): checked, and stored when it passes, over
// a database whose questions already have answers.
#include "server/admin/survey_import.h"
#include "server/storage/migrator.h"

#include <google/protobuf/io/tokenizer.h>
#include <google/protobuf/text_format.h>

#include <cstddef>
#include <cstdint>

using namespace storepulse;

namespace {

// Silences the parser's complaints: a fuzzer feeds it mostly garbage.
class quiet : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int, google::protobuf::io::ColumnNumber, const std::string&) override {}
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  v1::QuestionBank bank;
  google::protobuf::TextFormat::Parser parser;
  quiet errors;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(std::string(reinterpret_cast<const char*>(data), size), &bank)) return 0;
  if (!admin::check_question_bank(bank).empty()) return 0;
  storage::database db(":memory:");
  storage::migrate(db);
  db.exec("INSERT INTO questions(id, key, dimension, type, core) VALUES (1, 'values_know', 1, 1, 1)");
  db.exec("INSERT INTO rollup_answers(location_id, question_id, iso_week, n, sum, sum_sq) VALUES (1, 1, 202647, 5, 15, 45)");
  if (admin::check_against_answers(db, bank).empty()) admin::store_question_bank(db, bank);
  return 0;
}
