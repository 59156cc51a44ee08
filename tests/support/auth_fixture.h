#pragma once

#include "server/app/server_config.h"
#include "server/app/services.h"
#include "server/auth/principal.h"
#include "server/auth/session_store.h"
#include "server/http/client_address.h"
#include "server/http/message.h"
#include "server/http/metrics.h"
#include "server/http/router.h"
#include "server/ingest/writer.h"
#include "server/storage/reader_pool.h"

#include <filesystem>
#include <memory>
#include <string>

namespace storepulse::test {

// A real, migrated SQLite file in a fresh temporary directory, with three stores (N01, N02 in
// region North, S01 in South) and five users whose password is "<username>-password-1":
// hr (HR admin), manager_n01 (store N01), manager_s01 (store S01), ops and ops2 (operators).
// Users are hashed at a low Argon2id cost so the tests stay quick.
class auth_database {
 public:
  auth_database();
  ~auth_database();
  auth_database(const auth_database&) = delete;
  auth_database& operator=(const auth_database&) = delete;

  // Returns the database file.
  const std::string& path() const { return path_; }
  // Returns the id of a store by code.
  std::int64_t location_id(const std::string& code) const;
  // Returns the id of a user by username.
  std::int64_t user_id(const std::string& username) const;

 private:
  std::filesystem::path dir_;
  std::string path_;
};

// The auth and dashboard routes on a router with real services (reader pool, writer, session
// store, sign-in pool) over an auth_database, called without a socket.
class auth_app {
 public:
  explicit auth_app(const auth_database& db, app::server_config config = {});
  ~auth_app();

  // Sends a request through the router and waits for its answer.
  http::response call(http::request req);
  // Returns a request with the given method, target, body and headers set for JSON.
  static http::request make(http::verb method, const std::string& target, const std::string& body = {});
  // Signs in and returns the cookie header value ("sp_session=...") and the CSRF token.
  std::pair<std::string, std::string> sign_in(const std::string& username, const std::string& password);

  app::server_config config_;
  std::shared_ptr<http::metrics> metrics_;
  storage::reader_pool readers_;
  ingest::writer writer_;
  auth::session_store sessions_;
  storage::reader_pool sign_ins_;
  http::trusted_proxies proxies_;
  app::services services_;
  http::router router_;
};

// Returns the value of the JSON string field name in body (a flat lookup good enough for tests).
std::string json_string(const std::string& body, const std::string& name);

}  // namespace storepulse::test
