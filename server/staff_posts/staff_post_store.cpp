#include "server/staff_posts/staff_post_store.h"

#include "calendar/calendar.h"
#include "server/plans/change_log.h"
#include "server/plans/plan_store.h"

#include <algorithm>
#include <string>

namespace storepulse::staff_posts {
namespace {

using plans::plan_error;

constexpr const char* post_columns =
    "SELECT p.id, p.kind, COALESCE(p.location_id, 0), COALESCE(l.name, ''), p.posted_on, COALESCE(u.username, ''), "
    "COALESCE(p.withdrawn_on, '') FROM staff_posts p LEFT JOIN locations l ON l.id = p.location_id "
    "LEFT JOIN users u ON u.id = p.created_by ";

v1::StaffPost read_post(const storage::statement& row) {
  v1::StaffPost post;
  post.set_id(row.column_int64(0));
  post.set_kind(row.column_text(1) == "message" ? v1::STAFF_POST_KIND_MESSAGE : v1::STAFF_POST_KIND_STORY);
  post.set_location_id(row.column_int64(2));
  post.set_location_name(row.column_text(3));
  post.set_posted_on(row.column_text(4));
  post.set_posted_by(row.column_text(5));
  post.set_withdrawn_on(row.column_text(6));
  return post;
}

void add_texts(storage::database& db, v1::StaffPost& post) {
  auto texts = db.prepare(
      "SELECT t.language, t.text FROM staff_post_texts t LEFT JOIN languages l ON l.code = t.language "
      "WHERE t.post_id = ?1 ORDER BY l.position");
  texts.bind(1, post.id());
  while (texts.step()) {
    auto& text = *post.add_texts();
    text.set_language(texts.column_text(0));
    text.set_text(texts.column_text(1));
  }
}

// Returns true when the caller may see the post: HR all, a manager their stores' and every store's.
bool may_see(const auth::principal& who, std::int64_t location_id) {
  if (who.user_role == auth::role::hr_admin) return true;
  if (who.user_role != auth::role::manager) return false;
  return location_id == 0 || who.may_see_location(location_id);
}

void record(storage::database& db, std::int64_t post_id, const auth::principal& who, std::int64_t now,
            const std::string& what) {
  plans::record_change(db, plans::staff_post_changes, post_id, who.user_id, now, what);
}

}  // namespace

std::vector<v1::StaffPost> list_posts(storage::database& db, const auth::principal& who, std::int64_t location_id,
                                      bool withdrawn) {
  std::vector<v1::StaffPost> out;
  if (who.user_role != auth::role::hr_admin && who.user_role != auth::role::manager) return out;
  auto rows = db.prepare(std::string(post_columns) +
                         "WHERE (?1 = 0 OR p.location_id = ?1 OR p.location_id IS NULL) AND (?2 OR p.withdrawn_on IS NULL) "
                         "ORDER BY p.withdrawn_on IS NOT NULL, p.posted_on DESC, p.id DESC");
  rows.bind(1, location_id).bind(2, withdrawn ? 1 : 0);
  while (rows.step()) {
    auto post = read_post(rows);
    if (!may_see(who, post.location_id())) continue;
    add_texts(db, post);
    out.push_back(std::move(post));
  }
  return out;
}

std::optional<v1::StaffPost> load_post(storage::database& db, const auth::principal& who, std::int64_t id) {
  auto row = db.prepare(std::string(post_columns) + "WHERE p.id = ?1");
  row.bind(1, id);
  if (!row.step()) return std::nullopt;
  auto post = read_post(row);
  if (!may_see(who, post.location_id())) return std::nullopt;
  add_texts(db, post);
  plans::add_changes(db, plans::staff_post_changes, id, false, *post.mutable_history());
  return post;
}

std::optional<plan_error> check_post_draft(const v1::StaffPostDraft& draft) {
  if (draft.kind() != v1::STAFF_POST_KIND_STORY && draft.kind() != v1::STAFF_POST_KIND_MESSAGE)
    return plan_error{422, "kind", "kind is STAFF_POST_KIND_STORY or STAFF_POST_KIND_MESSAGE."};
  if (draft.location_id() < 0) return plan_error{422, "locationId", "locationId is a store id, or 0 for every store."};
  if (draft.kind() == v1::STAFF_POST_KIND_MESSAGE && draft.location_id() != 0)
    return plan_error{422, "locationId", "locationId is 0: a message goes to every store."};
  if (draft.texts_size() == 0) return plan_error{422, "texts", "texts needs a text in at least one language."};
  for (int i = 0; i < draft.texts_size(); ++i) {
    const std::string field = "texts[" + std::to_string(i) + "]";
    if (auto e = plans::check_text(field + ".text", draft.texts(i).text(), max_post_chars)) return e;
    for (int j = 0; j < i; ++j)
      if (draft.texts(j).language() == draft.texts(i).language())
        return plan_error{422, field + ".language", field + ".language is given twice."};
  }
  return std::nullopt;
}

std::variant<std::int64_t, plan_error> create_post(storage::database& db, const auth::principal& who,
                                                   const v1::StaffPostDraft& draft, std::int64_t now) {
  if (who.user_role != auth::role::hr_admin && who.user_role != auth::role::manager)
    return plan_error{403, "", "Your role may not do this."};
  if (auto e = check_post_draft(draft)) return *e;
  const bool hr = who.user_role == auth::role::hr_admin;
  if (draft.kind() == v1::STAFF_POST_KIND_MESSAGE && !hr)
    return plan_error{403, "kind", "Only HR sends messages to every store."};
  if (draft.location_id() == 0 && !hr) return plan_error{403, "locationId", "Only HR posts to every store."};
  if (draft.location_id() != 0) {
    if (!hr && !who.may_see_location(draft.location_id()))
      return plan_error{403, "locationId", "This store is outside your scope."};
    auto store = db.prepare("SELECT 1 FROM locations WHERE id = ?1");
    store.bind(1, draft.location_id());
    if (!store.step()) return plan_error{422, "locationId", "locationId names no store."};
  }
  const auto languages = plans::configured_languages(db);
  for (int i = 0; i < draft.texts_size(); ++i)
    if (std::find(languages.begin(), languages.end(), draft.texts(i).language()) == languages.end())
      return plan_error{422, "texts[" + std::to_string(i) + "].language",
                        "texts[" + std::to_string(i) + "].language is not a configured language."};
  auto live = db.prepare(
      "SELECT COUNT(*) FROM staff_posts WHERE withdrawn_on IS NULL AND COALESCE(location_id, 0) = ?1");
  live.bind(1, draft.location_id());
  live.step();
  if (live.column_int64(0) >= max_live_posts)
    return plan_error{409, "", "This store already shows " + std::to_string(max_live_posts) +
                                   " stories and messages: withdraw one first."};

  const std::string kind = draft.kind() == v1::STAFF_POST_KIND_MESSAGE ? "message" : "story";
  auto insert = db.prepare("INSERT INTO staff_posts(kind, location_id, created_by, posted_on) VALUES (?1, ?2, ?3, ?4)");
  insert.bind(1, kind);
  if (draft.location_id() != 0)
    insert.bind(2, draft.location_id());
  else
    insert.bind_null(2);
  insert.bind(3, who.user_id).bind(4, calendar::format_date(static_cast<int>(now / 86400)));
  insert.run();
  const auto id = db.last_insert_rowid();
  std::string languages_given;
  for (const auto& text : draft.texts()) {
    db.prepare("INSERT INTO staff_post_texts(post_id, language, text) VALUES (?1, ?2, ?3)")
        .bind(1, id)
        .bind(2, text.language())
        .bind(3, text.text())
        .run();
    languages_given += (languages_given.empty() ? "" : ", ") + text.language();
  }
  record(db, id, who, now,
         "posted the " + kind + (draft.location_id() == 0 ? " for every store" : "") + " in " + languages_given);
  return id;
}

std::optional<plan_error> withdraw_post(storage::database& db, const auth::principal& who, std::int64_t id,
                                        std::int64_t now) {
  auto post = load_post(db, who, id);
  if (!post) return plan_error{404, "", "No such story or message."};
  if (who.user_role != auth::role::hr_admin && (post->location_id() == 0 || !who.may_see_location(post->location_id())))
    return plan_error{403, "", "Only HR withdraws what was posted to every store."};
  if (!post->withdrawn_on().empty()) return plan_error{409, "", "It was withdrawn already."};
  db.prepare("UPDATE staff_posts SET withdrawn_on = ?2 WHERE id = ?1")
      .bind(1, id)
      .bind(2, calendar::format_date(static_cast<int>(now / 86400)))
      .run();
  record(db, id, who, now, "withdrew it from the kiosks");
  return std::nullopt;
}

}  // namespace storepulse::staff_posts
