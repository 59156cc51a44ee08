#include "tests/support/batch_builder.h"

#include "calendar/calendar.h"

namespace storepulse::testing {

std::string client_id_for(int seed) {
  std::string id(16, '\0');
  unsigned x = static_cast<unsigned>(seed) * 2654435761u + 12345u;
  for (std::size_t i = 0; i < id.size(); ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    id[i] = static_cast<char>(x & 0xff);
  }
  id[0] = static_cast<char>(seed & 0xff);
  id[1] = static_cast<char>((seed >> 8) & 0xff);
  return id;
}

std::string client_id_from_hex(const std::string& hex) {
  std::string bytes;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes.push_back(static_cast<char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
  return bytes;
}

std::string utc_date(int days_from_today) { return calendar::format_date(calendar::today_utc() + days_from_today); }

v1::SurveySubmission valid_submission(int seed, const std::string& date) {
  v1::SurveySubmission s;
  s.set_client_id(client_id_for(seed));
  s.set_local_date(date);
  s.set_config_version(1);
  s.set_language("en");
  auto answer = [&s](const char* key, int value) {
    auto* a = s.add_answers();
    a->set_question_key(key);
    a->set_value(value);
  };
  answer("values_know", 1 + seed % 5);
  answer("empowerment_know_limit", 4);
  answer("empowerment_used_7d", seed % 2);
  answer("recognition_noticed", 3);
  answer("enps_recommend", seed % 11);
  return s;
}

v1::SubmissionBatch valid_batch(int first_seed, int count) {
  v1::SubmissionBatch batch;
  batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
  for (int i = 0; i < count; ++i) *batch.add_submissions() = valid_submission(first_seed + i);
  return batch;
}

}  // namespace storepulse::testing
