#include "server/kiosk_api/staff_news.h"

#include <map>

namespace storepulse::kiosk_api {
namespace {

// The kiosk rotates them one by one: more than this many of a kind would never come round.
constexpr int max_per_kind = 6;

// Adds the texts of each item in configured-language order; items is keyed by row id.
void add_texts(storage::database& db, const char* sql, const std::map<std::int64_t, v1::StaffNews*>& items) {
  auto texts = db.prepare(sql);
  while (texts.step()) {
    auto it = items.find(texts.column_int64(0));
    if (it == items.end()) continue;
    auto* text = it->second->add_text();
    text->set_language(texts.column_text(1));
    text->set_text(texts.column_text(2));
  }
}

}  // namespace

void add_staff_news(storage::database& db, std::int64_t location_id, v1::KioskConfig& config) {
  std::map<std::int64_t, v1::StaffNews*> plans;
  auto plan_rows = db.prepare(
      "SELECT p.id, p.status FROM action_plans p, locations l WHERE l.id = ?1 AND p.shared = 1"
      " AND p.status IN ('in_progress', 'done') AND (p.location_id = l.id OR (p.scope = 'region' AND p.region = l.region)"
      " OR p.scope = 'organisation') ORDER BY p.status = 'done', p.updated_on DESC, p.id DESC LIMIT ?2");
  plan_rows.bind(1, location_id);
  plan_rows.bind(2, max_per_kind);
  while (plan_rows.step()) {
    auto* item = config.add_staff_news();
    item->set_kind(v1::STAFF_NEWS_KIND_PLAN);
    item->set_status(plan_rows.column_text(1) == "done" ? v1::STAFF_NEWS_STATUS_DONE : v1::STAFF_NEWS_STATUS_IN_PROGRESS);
    plans[plan_rows.column_int64(0)] = item;
  }
  add_texts(db,
            "SELECT t.plan_id, t.language, t.text FROM action_plan_staff_texts t"
            " JOIN languages l ON l.code = t.language ORDER BY l.position",
            plans);

  std::map<std::int64_t, v1::StaffNews*> posts;
  for (const char* kind : {"message", "story"}) {
    auto rows = db.prepare(
        "SELECT id FROM staff_posts WHERE kind = ?1 AND withdrawn_on IS NULL AND (location_id IS NULL OR location_id = ?2)"
        " ORDER BY posted_on DESC, id DESC LIMIT ?3");
    rows.bind(1, kind);
    rows.bind(2, location_id);
    rows.bind(3, max_per_kind);
    while (rows.step()) {
      auto* item = config.add_staff_news();
      item->set_kind(std::string_view(kind) == "story" ? v1::STAFF_NEWS_KIND_STORY : v1::STAFF_NEWS_KIND_MESSAGE);
      posts[rows.column_int64(0)] = item;
    }
  }
  add_texts(db,
            "SELECT t.post_id, t.language, t.text FROM staff_post_texts t"
            " JOIN languages l ON l.code = t.language ORDER BY l.position",
            posts);
}

}  // namespace storepulse::kiosk_api
