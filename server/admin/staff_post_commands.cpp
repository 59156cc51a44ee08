#include "calendar/clock.h"
#include "server/admin/command.h"
#include "server/admin/command_options.h"
#include "server/auth/user_store.h"
#include "server/staff_posts/staff_post_store.h"
#include "server/storage/migrator.h"

#include <iostream>

namespace storepulse::admin {

namespace po = boost::program_options;

namespace {

int post_story(const std::vector<std::string>& args) {
  std::string db_path, as, location;
  bool every_store = false, message = false;
  std::vector<std::string> texts;
  po::options_description o("Options");
  o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")(
      "as", po::value(&as)->required(), "the HR admin or manager who posts it (recorded in its history)")(
      "location", po::value(&location), "store code: the kiosks of this store show it")(
      "every-store", po::bool_switch(&every_store), "every store's kiosks show it (HR)")(
      "message", po::bool_switch(&message), "a message from HR to every store rather than a success story")(
      "text", po::value(&texts)->composing(), "LANG=TEXT, plain text up to 200 characters (repeatable)");
  int rc = 0;
  const char* summary = "post a success story or an HR message for the kiosks, as through the dashboard";
  if (!parse_command("post-story", summary, o, args, rc)) return rc;
  try {
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    auto user = auth::find_user(db, as);
    if (!user || !user->active) throw std::invalid_argument("--as: no active user " + as);
    const auto who = auth::to_principal(*user);
    v1::StaffPostDraft draft;
    draft.set_kind(message ? v1::STAFF_POST_KIND_MESSAGE : v1::STAFF_POST_KIND_STORY);
    if (!location.empty()) {
      auto stmt = db.prepare("SELECT id FROM locations WHERE code = ?1");
      stmt.bind(1, location);
      if (!stmt.step()) throw std::invalid_argument("--location: no store " + location);
      draft.set_location_id(stmt.column_int64(0));
    } else if (!every_store && !message) {
      throw std::invalid_argument("give --location or --every-store");
    }
    for (const auto& text : texts) {
      auto eq = text.find('=');
      if (eq == std::string::npos) throw std::invalid_argument("--text is LANG=TEXT");
      auto& t = *draft.add_texts();
      t.set_language(text.substr(0, eq));
      t.set_text(text.substr(eq + 1));
    }
    storage::transaction tx(db);
    auto created = staff_posts::create_post(db, who, draft, calendar::now_unix());
    if (auto* e = std::get_if<plans::plan_error>(&created)) throw std::invalid_argument(e->message);
    tx.commit();
    std::cout << "posted " << (message ? "message " : "story ") << std::get<std::int64_t>(created) << "\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "error: " << e.what() << "\n";
    return 1;
  }
}

}  // namespace

void add_staff_post_commands(std::vector<command>& commands) {
  commands.push_back(
      {"post-story", "post a success story or an HR message for the kiosks, as through the dashboard", post_story});
}

}  // namespace storepulse::admin
