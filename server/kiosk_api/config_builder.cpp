#include "server/kiosk_api/config_builder.h"

#include "server/kiosk_api/staff_news.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <sstream>

namespace storepulse::kiosk_api {

std::int64_t setting_int(storage::database& db, const char* key, std::int64_t fallback) {
  auto stmt = db.prepare("SELECT CAST(value AS INTEGER) FROM settings WHERE key = ?");
  stmt.bind(1, key);
  return stmt.step() ? stmt.column_int64(0) : fallback;
}

std::optional<v1::KioskConfig> build_kiosk_config(storage::database& db, std::int64_t location_id,
                                                  const app::server_config& server) {
  // One snapshot, so that a question bank loaded meanwhile never mixes with the old version.
  storage::read_snapshot snapshot(db);
  v1::KioskConfig config;
  auto location =
      db.prepare("SELECT code, name, remediation_limit_minor, currency, timezone FROM locations WHERE id = ?");
  location.bind(1, location_id);
  if (!location.step()) return std::nullopt;
  config.set_location_code(location.column_text(0));
  config.set_location_name(location.column_text(1));
  config.set_remediation_limit_minor(static_cast<std::uint64_t>(location.column_int64(2)));
  config.set_currency(location.column_text(3));
  config.set_timezone(location.column_text(4));

  config.set_config_version(static_cast<std::uint32_t>(setting_int(db, "config_version", 0)));
  config.set_cooldown_seconds(static_cast<std::uint32_t>(setting_int(db, "cooldown_seconds", 20)));
  config.set_idle_seconds(static_cast<std::uint32_t>(setting_int(db, "idle_seconds", 30)));
  config.set_rotating_per_session(static_cast<std::uint32_t>(setting_int(db, "rotating_per_session", 2)));
  config.set_hourly_cap(static_cast<std::uint32_t>(std::max(0, server.hourly_cap)));
  const auto upload_delay = std::max<std::int64_t>(0, server.kiosk_upload_delay_max.count());
  config.set_upload_delay_max_seconds(static_cast<std::uint32_t>(upload_delay));

  auto languages = db.prepare("SELECT code FROM languages ORDER BY position");
  while (languages.step()) config.add_languages(languages.column_text(0));

  std::map<std::int64_t, v1::OrganisationValue*> values;
  auto value_rows = db.prepare("SELECT id, key FROM org_values ORDER BY position");
  while (value_rows.step()) {
    auto* v = config.add_values();
    v->set_key(value_rows.column_text(1));
    values[value_rows.column_int64(0)] = v;
  }
  auto value_texts = db.prepare("SELECT t.value_id, t.language, t.name, t.description FROM org_value_texts t"
                                " JOIN languages l ON l.code = t.language ORDER BY l.position");
  while (value_texts.step()) {
    auto it = values.find(value_texts.column_int64(0));
    if (it == values.end()) continue;
    auto* name = it->second->add_name();
    name->set_language(value_texts.column_text(1));
    name->set_text(value_texts.column_text(2));
    auto* description = it->second->add_description();
    description->set_language(value_texts.column_text(1));
    description->set_text(value_texts.column_text(3));
  }

  std::map<std::int64_t, v1::Question*> questions;
  auto question_rows = db.prepare(
      "SELECT id, key, dimension, type, core, max_value, limit_bands, reverse_scored FROM questions"
      " WHERE active = 1 ORDER BY position, id");
  while (question_rows.step()) {
    auto* q = config.add_questions();
    q->set_key(question_rows.column_text(1));
    q->set_dimension(static_cast<v1::Dimension>(question_rows.column_int(2)));
    q->set_type(static_cast<v1::QuestionType>(question_rows.column_int(3)));
    q->set_core(question_rows.column_int(4) != 0);
    q->set_max_value(static_cast<std::uint32_t>(question_rows.column_int(5)));
    std::istringstream bands(question_rows.column_text(6));
    for (std::string band; std::getline(bands, band, ',');) {
      std::uint64_t bound = 0;
      auto [end, error] = std::from_chars(band.data(), band.data() + band.size(), bound);
      if (error == std::errc() && end == band.data() + band.size()) q->add_limit_bands_minor(bound);
    }
    q->set_reverse_scored(question_rows.column_int(7) != 0);
    questions[question_rows.column_int64(0)] = q;
  }
  auto question_texts = db.prepare("SELECT t.question_id, t.language, t.text FROM question_texts t"
                                   " JOIN languages l ON l.code = t.language ORDER BY l.position");
  while (question_texts.step()) {
    auto it = questions.find(question_texts.column_int64(0));
    if (it == questions.end()) continue;
    auto* text = it->second->add_text();
    text->set_language(question_texts.column_text(1));
    text->set_text(question_texts.column_text(2));
  }
  add_staff_news(db, location_id, config);
  return config;
}

}  // namespace storepulse::kiosk_api
