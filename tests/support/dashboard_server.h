#pragma once

#include "tests/support/http_client.h"
#include "tests/support/scratch_folder.h"
#include "tests/support/server_process.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace storepulse::test {

// The real server binary on a fresh SQLite file set up with the real admin tool: six stores in
// three regions, the default question bank, twelve weeks of rollups (made with the ingest's own
// rollup code) and four users whose password is "<username>-password-1": hr (HR admin),
// manager_north (N01 and N02), manager_south (S01) and ops (operator). Store N03 has too few
// answers to publish anything.
class dashboard_server {
 public:
  // The device token of an enrolled kiosk at N01.
  static constexpr const char* kiosk_token = "dashboard-kiosk-n01";

  // extra_flags go to storepulse-server after the test's own. extra_stores adds stores for
  // paging (see generated): half of them in Central, a quarter each in West and Coast.
  explicit dashboard_server(std::vector<std::string> extra_flags = {}, int extra_stores = 0);

  // A store added for paging: code C001, W002, K004... (Central, West, Coast) and a name from a
  // list that has upper and lower case and Central European letters ("Łódź Galeria 1").
  // Every eleventh answers not at all, every seventh otherwise too rarely to publish anything,
  // the others 5 to 20 sessions a week, with moods that differ from store to store.
  struct generated_store {
    std::string code, name, region;
    int sessions_per_week = 0;
    double mood = 3.0;
  };
  // Returns the i-th store added for paging.
  static generated_store generated(int i);
  ~dashboard_server();
  dashboard_server(const dashboard_server&) = delete;
  dashboard_server& operator=(const dashboard_server&) = delete;

  // Returns "http://127.0.0.1:PORT".
  std::string url() const;
  int port() const { return port_; }
  // Returns a store's id by code.
  std::int64_t location_id(const std::string& code) const;
  // Returns a user's id by username.
  std::int64_t user_id(const std::string& username) const;
  // Runs the admin tool on the server's database; returns its output, throws when it fails.
  std::string admin(std::vector<std::string> args) const;

  // A sign-in's answer and, when it succeeded, its session: the Cookie header value and the CSRF
  // token that state-changing requests carry.
  struct web_session {
    testing::http_reply reply;
    std::string cookie, csrf_token;
  };
  // Signs in through the real login route with the extra headers.
  web_session sign_in(const std::string& username, const std::string& password,
                      const std::map<std::string, std::string>& headers = {}) const;
  // Sends a GET with the session's cookie.
  testing::http_reply get(const web_session& who, const std::string& target) const;
  // Sends a JSON POST with the session's cookie and CSRF token, and the extra headers.
  testing::http_reply post(const web_session& who, const std::string& target, const std::string& body = "{}",
                           const std::map<std::string, std::string>& headers = {}) const;
  const std::string& db_path() const { return db_path_; }

 private:
  void seed_rollups() const;

  int extra_stores_ = 0;
  storepulse::testing::scratch_folder folder_;
  std::string db_path_;
  std::optional<server_process> server_;
  int port_ = 0;
};

// A dashboard session signed in through the real login route: its Cookie header value
// ("sp_session=...") and its CSRF token.
struct api_session {
  std::string cookie;
  std::string csrf;
};

// Signs in through the login route of the server on port; throws when the server refuses.
api_session api_sign_in(int port, const std::string& username, const std::string& password);
// Signs in as username (password "<username>-password-1"); throws when the server refuses.
api_session api_sign_in(const dashboard_server& server, const std::string& username);

}  // namespace storepulse::test
