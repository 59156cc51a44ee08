#include "tests/support/ingest_fixture.h"

#include "server/admin/survey_import.h"
#include "server/auth/random_token.h"
#include "server/storage/migrator.h"

#include <stdexcept>

namespace storepulse::testing {

ingest_fixture::ingest_fixture() : folder_("storepulse-ingest"), path_(folder_.file("ingest.sqlite")) {
  storage::database db(path_);
  storage::migrate(db);
  v1::QuestionBank bank;
  std::string error;
  if (!admin::parse_text_file(STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto", bank, error))
    throw std::runtime_error(error);
  admin::store_question_bank(db, bank);
  db.exec("INSERT INTO locations(code, name, region, timezone, headcount, remediation_limit_minor, currency)"
          " VALUES ('T01', 'Test store', 'North', 'Europe/Paris', 4, 5000, 'EUR')");
  location_id = db.last_insert_rowid();
  auto kiosk = db.prepare("INSERT INTO kiosks(location_id, token_hash, enrolled_on) VALUES (?, ?, date('now'))");
  kiosk.bind(1, location_id).bind_blob(2, token_hash("token-a")).run();
  kiosk.bind(1, location_id).bind_blob(2, token_hash("token-b")).run();
}

std::string ingest_fixture::token_hash(const std::string& token) { return auth::sha256(token); }

std::int64_t ingest_fixture::count(const std::string& sql) const {
  storage::database db(path_);
  return storage::query_int(db, sql).value_or(-1);
}

}  // namespace storepulse::testing
