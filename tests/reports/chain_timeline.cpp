#include "tests/reports/chain_timeline.h"

#include "kiosk/core/simulation/session_generator.h"
#include "server/admin/survey_import.h"
#include "server/app/server_config.h"
#include "server/auth/random_token.h"
#include "calendar/calendar.h"
#include "server/kiosk_api/config_builder.h"
#include "server/storage/migrator.h"

#include <stdexcept>

namespace storepulse::reports::testing {
namespace {

struct store_plan {
  const char* code;
  const char* region;
  const char* timezone;
  int headcount;
  int sessions_per_week;
  kiosk_habit habit;
};

// Sizes from a store that rarely reaches k in a month to one that reaches it every week.
constexpr store_plan plans[] = {
    {"N1", "North", "Europe/Paris", 30, 20, kiosk_habit::prompt},
    {"N2", "North", "Europe/Paris", 12, 6, kiosk_habit::prompt},
    {"N3", "North", "Europe/Lisbon", 6, 2, kiosk_habit::late},
    {"N4", "North", "Europe/Lisbon", 10, 5, kiosk_habit::prompt},
    {"N5", "North", "Europe/Madrid", 18, 12, kiosk_habit::prompt},
    {"S1", "South", "America/New_York", 25, 16, kiosk_habit::late},
    {"S2", "South", "America/New_York", 6, 2, kiosk_habit::inserter},
    {"W1", "West", "Asia/Tokyo", 14, 8, kiosk_habit::prompt},
    {"W2", "West", "Europe/Dublin", 35, 25, kiosk_habit::prompt},
    {"W3", "West", "Europe/Dublin", 4, 1, kiosk_habit::prompt},
};

auth::principal manager_of(std::vector<std::int64_t> ids, std::int64_t user) {
  auth::principal who;
  who.user_id = user;
  who.user_role = auth::role::manager;
  who.location_ids = std::move(ids);
  return who;
}

}  // namespace

chain_timeline::chain_timeline(unsigned seed, int first_day, int k)
    : folder_("storepulse-chain"), path_(folder_.file("chain.sqlite")), ingest_({}), random_(seed), today_(first_day),
      k_(k) {
  db_ = std::make_unique<storage::database>(path_);
  storage::migrate(*db_);
  v1::QuestionBank bank;
  std::string error;
  if (!admin::parse_text_file(STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto", bank, error))
    throw std::runtime_error(error);
  admin::store_question_bank(*db_, bank);
  for (const auto& plan : plans) {
    db_->prepare("INSERT INTO locations(code, name, region, timezone, headcount, remediation_limit_minor, currency)"
                 " VALUES (?1, ?1, ?2, ?3, ?4, 5000, 'EUR')")
        .bind(1, plan.code)
        .bind(2, plan.region)
        .bind(3, plan.timezone)
        .bind(4, plan.headcount)
        .run();
    chain_store store{db_->last_insert_rowid(), plan.code, plan.region, plan.timezone, plan.sessions_per_week,
                      plan.habit, std::string("token-") + plan.code};
    db_->prepare("INSERT INTO kiosks(location_id, token_hash, enrolled_on) VALUES (?, ?, '2026-01-01')")
        .bind(1, store.id)
        .bind_blob(2, auth::sha256(store.token))
        .run();
    configs_.push_back(*kiosk_api::build_kiosk_config(*db_, store.id, app::server_config{}));
    stores_.push_back(std::move(store));
  }
  backlog_.resize(stores_.size());
  offline_until_.assign(stores_.size(), 0);
  auto id = [this](const char* code) {
    for (const auto& s : stores_)
      if (s.code == code) return s.id;
    throw std::logic_error("no such store");
  };
  auth::principal hr;
  hr.user_id = 1;
  hr.user_role = auth::role::hr_admin;
  callers_.push_back({"hr", hr});
  callers_.push_back({"manager of N1 and N2", manager_of({id("N1"), id("N2")}, 2)});
  callers_.push_back({"manager of S1", manager_of({id("S1")}, 3)});
  callers_.push_back({"manager of the whole West", manager_of({id("W1"), id("W2"), id("W3")}, 4)});
}

chain_timeline::~chain_timeline() = default;

void chain_timeline::upload(const chain_store& store, const v1::SubmissionBatch& batch) {
  auto prepared = ingest::prepare_batch(batch, auth::sha256(store.token), now(12));
  storage::transaction tx(*db_);
  ingest::rollup_accumulator rollups;
  auto outcome = ingest_.store(*db_, rollups, prepared);
  if (outcome.result != ingest::batch_outcome::kind::stored)
    throw std::runtime_error("an upload of " + store.code + " was refused: " +
                             (outcome.error ? outcome.error->message : std::string("unauthorized")));
  rollups.flush(*db_);
  tx.commit();
  for (const auto& s : batch.submissions()) stored_.push_back({store.id, *calendar::parse_date(s.local_date())});
}

void chain_timeline::advance_day() {
  const auto date = calendar::format_date(today_);
  for (std::size_t i = 0; i < stores_.size(); ++i) {
    const auto& store = stores_[i];
    kiosk::session_generator generator(configs_[i], random_());
    kiosk::store_profile profile{kiosk::store_mood::typical, 0.3 + 0.6 * generator.uniform()};
    v1::SubmissionBatch batch;
    batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
    // A day's sessions: the weekly rate spread over the days, with chance.
    double rate = store.sessions_per_week / 7.0;
    int sessions = static_cast<int>(rate) + (generator.uniform() < rate - static_cast<int>(rate) ? 1 : 0);
    for (int s = 0; s < sessions; ++s) *batch.add_submissions() = generator.survey(profile, date, 0);
    if (generator.uniform() < 0.15) *batch.add_remediations() = generator.remediation(profile, date);
    if (store.habit == kiosk_habit::inserter && generator.uniform() < 0.2) {
      // Someone answers k - 1 times with answers they know, hoping to subtract them later.
      kiosk::store_profile known{kiosk::store_mood::strong, 0.98};
      for (int s = 0; s < k_ - 1; ++s) *batch.add_submissions() = generator.survey(known, date, 0);
    }

    if (store.habit == kiosk_habit::late) {
      auto& held = backlog_[i];
      held.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
      for (const auto& s : batch.submissions()) *held.add_submissions() = s;
      for (const auto& r : batch.remediations()) *held.add_remediations() = r;
      if (today_ < offline_until_[i]) continue;
      if (generator.uniform() < 0.06) {
        // The kiosk goes offline for 4 to 17 days.
        offline_until_[i] = today_ + generator.between(4, 17);
        continue;
      }
      if (held.submissions_size() + held.remediations_size() > 0) upload(store, held);
      held = v1::SubmissionBatch();
      continue;
    }
    if (batch.submissions_size() + batch.remediations_size() > 0) upload(store, batch);
  }
  ++today_;
}

std::int64_t chain_timeline::stored_sessions(std::int64_t location, int first_day, int last_day) const {
  std::int64_t n = 0;
  for (const auto& s : stored_)
    if (s.location == location && s.day >= first_day && s.day <= last_day) ++n;
  return n;
}

}  // namespace storepulse::reports::testing
