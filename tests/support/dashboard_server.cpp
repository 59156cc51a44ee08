#include "tests/support/dashboard_server.h"

#include "server/auth/random_token.h"
#include "calendar/calendar.h"
#include "server/ingest/rollup_accumulator.h"
#include "server/storage/database.h"
#include "tests/support/auth_fixture.h"
#include "tests/support/http_client.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace storepulse::test {
namespace {

constexpr const char* locations_csv =
    "code,name,region,timezone,headcount,remediation_limit,currency\n"
    "N01,Northgate,North,Europe/London,24,50,GBP\n"
    "N02,Harbour Street,North,Europe/London,16,50,GBP\n"
    "N03,Riverside Kiosk,North,Europe/London,3,50,GBP\n"
    "S01,Southfields,South,Europe/London,30,75,GBP\n"
    "S02,Seaview Parade,South,Europe/London,18,75,GBP\n"
    "E01,Eastbrook Centre,East,Europe/London,22,50,GBP\n";

struct store_profile {
  std::string code;
  int sessions_per_week;
  double mood;  // mean Likert answer, 1..5
  double drop;  // fall of the mood in the three weeks before this one (two of them published on any weekday)
};

const store_profile profiles[] = {
    {"N01", 14, 3.9, 0.0}, {"N02", 9, 3.4, 0.0}, {"N03", 1, 3.5, 0.0},
    {"S01", 20, 4.1, 0.0}, {"S02", 11, 3.8, 1.1}, {"E01", 13, 3.0, 0.0},
};

int run_process(const std::vector<std::string>& argv, std::string& output) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  pid_t child = fork();
  if (child == 0) {
    dup2(fds[1], 1);
    dup2(fds[1], 2);
    close(fds[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(fds[1]);
  char buffer[4096];
  ssize_t n;
  while ((n = read(fds[0], buffer, sizeof buffer)) > 0) output.append(buffer, static_cast<std::size_t>(n));
  close(fds[0]);
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

dashboard_server::generated_store dashboard_server::generated(int i) {
  static const char* const names[] = {"Łódź Galeria", "Market Hall", "harbour view", "Station Road", "ÉTOILE Plaza",
                                      "Bäckerstraße", "Mill Lane", "Castle Quay", "Parkside", "Bridge End"};
  static const char* const regions[] = {"Central", "West", "Central", "Coast"};
  generated_store store;
  store.region = regions[i % 4];
  char code[16];
  std::snprintf(code, sizeof code, "%c%03d", store.region == "Coast" ? 'K' : store.region[0], i + 1);
  store.code = code;
  store.name = std::string(names[i % 10]) + " " + std::to_string(i / 10 + 1);
  store.sessions_per_week = i % 11 == 5 ? 0 : i % 7 == 3 ? 1 : 5 + (i * 13) % 16;
  store.mood = 2.2 + static_cast<double>((i * 37) % 25) / 10.0;
  return store;
}

dashboard_server::dashboard_server(std::vector<std::string> extra_flags, int extra_stores)
    : extra_stores_(extra_stores), folder_("storepulse-dashboard"), db_path_(folder_.file("storepulse.db")) {
  admin({"init", "--db", db_path_});
  {
    std::ofstream csv(folder_.file("locations.csv"));
    csv << locations_csv;
    for (int i = 0; i < extra_stores; ++i) {
      auto store = generated(i);
      csv << store.code << "," << store.name << "," << store.region << ",Europe/London," << 10 + i % 20 << ",50,GBP\n";
    }
  }
  admin({"import-locations", "--db", db_path_, "--csv", folder_.file("locations.csv")});
  admin({"load-questions", "--db", db_path_, "--file", STOREPULSE_SOURCE_DIR "/schema/question_bank.textproto"});
  auto add_user = [&](const std::string& name, const std::string& role, const std::string& codes) {
    std::ofstream(folder_.file(name + ".pw")) << name << "-password-1\n";
    std::vector<std::string> args{"add-user", "--db", db_path_, "--username", name, "--role", role,
                                  "--password-file", folder_.file(name + ".pw")};
    if (!codes.empty()) {
      args.push_back("--locations");
      args.push_back(codes);
    }
    admin(args);
  };
  add_user("hr", "hr_admin", "");
  add_user("manager_north", "manager", "N01,N02");
  add_user("manager_south", "manager", "S01");
  add_user("ops", "operator", "");
  seed_rollups();
  // The server publishes at start, after it says it is ready; many stores take a while, so
  // their weeks are published here first and every report sees them.
  if (extra_stores > 0) admin({"publish", "--db", db_path_});

  // Reports answer what was just published: tests publish, then read.
  std::vector<std::string> argv{STOREPULSE_SERVER_BIN, "--db", db_path_, "--web-root",
                                STOREPULSE_SOURCE_DIR "/server/web", "--report-max-staleness", "0"};
  argv.insert(argv.end(), extra_flags.begin(), extra_flags.end());
  server_.emplace(argv, folder_.path());
  port_ = server_->port();
}

dashboard_server::~dashboard_server() = default;

std::string dashboard_server::url() const { return server_->url(); }

std::int64_t dashboard_server::location_id(const std::string& code) const {
  storage::database db(db_path_);
  auto stmt = db.prepare("SELECT id FROM locations WHERE code = ?1");
  stmt.bind(1, code);
  if (!stmt.step()) throw std::runtime_error("no store " + code);
  return stmt.column_int64(0);
}

std::int64_t dashboard_server::user_id(const std::string& username) const {
  storage::database db(db_path_);
  auto stmt = db.prepare("SELECT id FROM users WHERE username = ?1");
  stmt.bind(1, username);
  if (!stmt.step()) throw std::runtime_error("no user " + username);
  return stmt.column_int64(0);
}

std::string dashboard_server::admin(std::vector<std::string> args) const {
  args.insert(args.begin(), STOREPULSE_ADMIN_BIN);
  std::string output;
  if (run_process(args, output) != 0) throw std::runtime_error("storepulse-admin " + args[1] + " failed: " + output);
  return output;
}

dashboard_server::web_session dashboard_server::sign_in(const std::string& username, const std::string& password,
                                                        const std::map<std::string, std::string>& headers) const {
  auto all = headers;
  all.emplace("Content-Type", "application/json");
  web_session session;
  session.reply = testing::http_send(port_, "POST", "/api/v1/auth/login",
                                     R"({"username":")" + username + R"(","password":")" + password + R"("})", all);
  if (session.reply.status != 200) return session;
  const auto& cookie = session.reply.headers["set-cookie"];
  session.cookie = cookie.substr(0, cookie.find(';'));
  // The body is {"username":...,"csrfToken":"...",...}; tokens hold no quotes.
  auto key = session.reply.body.find("\"csrfToken\":\"");
  if (key != std::string::npos) {
    auto start = key + 13;
    session.csrf_token = session.reply.body.substr(start, session.reply.body.find('"', start) - start);
  }
  return session;
}

testing::http_reply dashboard_server::get(const web_session& who, const std::string& target) const {
  return testing::http_send(port_, "GET", target, {}, {{"Accept", "application/json"}, {"Cookie", who.cookie}});
}

testing::http_reply dashboard_server::post(const web_session& who, const std::string& target, const std::string& body,
                                           const std::map<std::string, std::string>& headers) const {
  auto all = headers;
  all.emplace("Content-Type", "application/json");
  all.emplace("Cookie", who.cookie);
  all.emplace("X-CSRF-Token", who.csrf_token);
  return testing::http_send(port_, "POST", target, body, all);
}

void dashboard_server::seed_rollups() const {
  storage::database db(db_path_);
  struct question {
    std::int64_t id;
    int type, max_value, bands;
    bool core;
  };
  std::vector<question> questions;
  auto stmt = db.prepare("SELECT id, type, max_value, limit_bands, core FROM questions WHERE active = 1");
  while (stmt.step()) {
    auto bands_text = stmt.column_text(3);
    int bands = bands_text.empty() ? 0 : 1 + static_cast<int>(std::count(bands_text.begin(), bands_text.end(), ','));
    questions.push_back({stmt.column_int64(0), stmt.column_int(1), stmt.column_int(2), bands, stmt.column_int(4) != 0});
  }
  std::mt19937 random(20261123);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  ingest::rollup_accumulator rollups;
  int today = calendar::today_utc();
  std::vector<store_profile> stores(std::begin(profiles), std::end(profiles));
  for (int i = 0; i < extra_stores_; ++i) {
    auto store = generated(i);
    stores.push_back({store.code, store.sessions_per_week, store.mood, 0.0});
  }
  for (const auto& profile : stores) {
    if (profile.sessions_per_week == 0) continue;
    auto location = location_id(profile.code);
    for (int weeks_ago = 11; weeks_ago >= 0; --weeks_ago) {
      int week = calendar::iso_week(today - 7 * weeks_ago);
      int sessions = profile.sessions_per_week + static_cast<int>(unit(random) * 3) - 1;
      if (profile.sessions_per_week <= 1) sessions = weeks_ago % 3 == 0 ? 1 : 0;
      double mood = profile.mood - (weeks_ago >= 1 && weeks_ago <= 3 ? profile.drop : 0.0);
      for (int s = 0; s < sessions; ++s) {
        rollups.add_session(location, week, false);
        for (const auto& q : questions) {
          if (!q.core && unit(random) < 0.5) continue;  // rotating items: about half the sessions
          int value = 0;
          switch (q.type) {
            case 1: value = std::clamp(static_cast<int>(std::lround(mood + (unit(random) - 0.5) * 2.6)), 1, 5); break;
            case 2: value = unit(random) < (mood - 1.0) / 4.0 ? 1 : 0; break;
            case 3: value = std::clamp(static_cast<int>(std::lround(mood * 2.0 + (unit(random) - 0.5) * 5.0)), 0, 10); break;
            case 4: value = std::clamp(static_cast<int>(unit(random) * (q.max_value + 1)), 0, q.max_value); break;
            case 5: value = std::clamp(static_cast<int>(unit(random) * (q.bands + 1.6)), 0, q.bands); break;
            default: continue;
          }
          rollups.add_answer(location, q.id, week, value);
        }
        if (unit(random) < 0.55)
          rollups.add_remediation(location, week, 1 + static_cast<int>(unit(random) * 5),
                                  1 + static_cast<int>(unit(random) * 3.3));
      }
    }
  }
  storage::transaction tx(db);
  rollups.flush(db);
  // Kiosks as the kiosk API leaves them: one fresh, one with answers waiting, one silent, one revoked.
  db.exec(
      "INSERT INTO kiosks (location_id, token_hash, label, enrolled_on, last_seen_at, queued_items, revoked) VALUES "
      "((SELECT id FROM locations WHERE code = 'N01'), x'a1', 'Break room', '2026-09-01', unixepoch() - 120, 0, 0),"
      "((SELECT id FROM locations WHERE code = 'S01'), x'a2', 'Canteen', '2026-09-03', unixepoch() - 5400, 7, 0),"
      "((SELECT id FROM locations WHERE code = 'E01'), x'a3', 'Staff entrance', '2026-09-10', unixepoch() - 4 * 86400, 23, 0),"
      "((SELECT id FROM locations WHERE code = 'N02'), x'a4', 'Old tablet', '2026-08-20', unixepoch() - 40 * 86400, 0, 1);");
  // The canteen kiosk cannot write its queue and had answers refused for good, as its checks report.
  db.exec("UPDATE kiosks SET sync_state = 'queue_error', refused_items = 'conflict:1,too_late:3' WHERE label = 'Canteen'");
  db.prepare("INSERT INTO kiosks (location_id, token_hash, label, enrolled_on) VALUES "
             "((SELECT id FROM locations WHERE code = 'N01'), ?, 'Kiosk under test', '2026-09-01')")
      .bind_blob(1, auth::sha256(kiosk_token))
      .run();
  tx.commit();
}

api_session api_sign_in(int port, const std::string& username, const std::string& password) {
  auto reply = storepulse::testing::http_send(port, "POST", "/api/v1/auth/login",
                                              R"({"username":")" + username + R"(","password":")" + password + R"("})",
                                              {{"Content-Type", "application/json"}});
  if (reply.status != 200) throw std::runtime_error("sign-in as " + username + " failed: " + reply.body);
  const auto& cookie = reply.headers["set-cookie"];
  return {cookie.substr(0, cookie.find(';')), json_string(reply.body, "csrfToken")};
}

api_session api_sign_in(const dashboard_server& server, const std::string& username) {
  return api_sign_in(server.port(), username, username + "-password-1");
}

}  // namespace storepulse::test
