// Any bytes as a kiosk's upload: parsed as a SubmissionBatch and validated against the real
// question bank, as the server does before anything reaches the writer.
#include "server/admin/survey_import.h"
#include "server/ingest/batch_validator.h"
#include "server/ingest/question_catalog.h"
#include "server/storage/migrator.h"

#include <cstddef>
#include <cstdint>

using namespace storepulse;

namespace {

const ingest::question_catalog& catalog() {
  static const ingest::question_catalog loaded = [] {
    storage::database db(":memory:");
    storage::migrate(db);
    v1::QuestionBank bank;
    std::string error;
    if (!admin::parse_text_file(STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto", bank, error)) std::abort();
    admin::store_question_bank(db, bank);
    ingest::question_catalog c;
    c.refresh(db);
    return c;
  }();
  return loaded;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  v1::SubmissionBatch batch;
  if (!batch.ParseFromArray(data, static_cast<int>(size))) return 0;
  // 2026-11-30 and the 62 days before it.
  auto error = ingest::validate_batch(batch, catalog(), {20422 - 62, 20422});
  if (error && error->message.empty()) std::abort();  // every refusal says why
  return 0;
}
