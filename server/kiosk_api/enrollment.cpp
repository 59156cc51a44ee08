#include "server/kiosk_api/enrollment.h"

#include "server/auth/random_token.h"

#include <sodium.h>

#include <string_view>

namespace storepulse::kiosk_api {

namespace {

constexpr std::string_view seal_context = "storepulse enrollment seal v1:";

const unsigned char* bytes_of(const std::string& text) { return reinterpret_cast<const unsigned char*>(text.data()); }

// Returns the token encrypted and authenticated with key: a random secretbox nonce, then the box.
std::string seal(const std::string& token, const std::string& key) {
  std::string sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + token.size(), '\0');
  auto* out = reinterpret_cast<unsigned char*>(sealed.data());
  randombytes_buf(out, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, bytes_of(token), token.size(), out, bytes_of(key));
  return sealed;
}

// Returns the token sealed with key, or nullopt when the key does not open it.
std::optional<std::string> open(const std::string& sealed, const std::string& key) {
  constexpr auto overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
  if (sealed.size() <= overhead) return std::nullopt;
  std::string token(sealed.size() - overhead, '\0');
  const auto* in = bytes_of(sealed);
  if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(token.data()), in + crypto_secretbox_NONCEBYTES,
                                 sealed.size() - crypto_secretbox_NONCEBYTES, in, bytes_of(key)) != 0)
    return std::nullopt;
  return token;
}

struct code_row {
  std::int64_t location_id = 0;
  std::string location_code, location_name;
  bool used = false;
  std::int64_t expires_at = 0;
  std::string nonce_hash, sealed_token;
  std::int64_t kiosk_id = 0;
  std::int64_t retry_until = 0;
};

std::optional<code_row> find_code(storage::database& db, const std::string& code_hash) {
  auto find = db.prepare(
      "SELECT c.location_id, l.code, l.name, c.used, c.expires_at, c.nonce_hash, c.sealed_token,"
      " coalesce(c.kiosk_id, 0), coalesce(c.retry_until, 0)"
      " FROM enrollment_codes c JOIN locations l ON l.id = c.location_id WHERE c.code_hash = ? AND l.active = 1");
  find.bind_blob(1, code_hash);
  if (!find.step()) return std::nullopt;
  code_row row{find.column_int64(0), find.column_text(1), find.column_text(2), find.column_int(3) != 0,
               find.column_int64(4), find.column_blob(5), find.column_blob(6), find.column_int64(7),
               find.column_int64(8)};
  return row;
}

v1::EnrollResponse response(const code_row& row, std::string token) {
  v1::EnrollResponse answer;
  answer.set_device_token(std::move(token));
  answer.set_location_code(row.location_code);
  answer.set_location_name(row.location_name);
  return answer;
}

// Returns the token of an earlier answer to the same code and nonce, while it may be given again.
std::optional<std::string> earlier_token(storage::database& db, const code_row& row, const prepared_enrollment& request,
                                         std::int64_t now) {
  if (request.nonce_hash.empty() || row.sealed_token.empty() || row.retry_until <= now) return std::nullopt;
  if (row.nonce_hash.size() != request.nonce_hash.size() ||
      sodium_memcmp(row.nonce_hash.data(), request.nonce_hash.data(), row.nonce_hash.size()) != 0)
    return std::nullopt;
  auto active = db.prepare("SELECT 1 FROM kiosks WHERE id = ? AND revoked = 0");
  active.bind(1, row.kiosk_id);
  if (!active.step()) return std::nullopt;
  return open(row.sealed_token, request.seal_key);
}

}  // namespace

std::optional<prepared_enrollment> prepare_enrollment(const v1::EnrollRequest& request) {
  prepared_enrollment prepared;
  prepared.code_hash = auth::sha256(request.code());
  prepared.label = request.device_label();
  const auto& nonce = request.device_nonce();
  if (nonce.empty()) return prepared;
  if (nonce.size() < crypto_generichash_KEYBYTES_MIN || nonce.size() > crypto_generichash_KEYBYTES_MAX)
    return std::nullopt;
  prepared.nonce_hash = auth::sha256(nonce);
  // Keyed BLAKE2b: the nonce is the key, the code the message.
  std::string message(seal_context);
  message += request.code();
  prepared.seal_key.assign(crypto_secretbox_KEYBYTES, '\0');
  crypto_generichash(reinterpret_cast<unsigned char*>(prepared.seal_key.data()), prepared.seal_key.size(),
                     bytes_of(message), message.size(), bytes_of(nonce), nonce.size());
  return prepared;
}

std::optional<v1::EnrollResponse> enroll(storage::database& db, const prepared_enrollment& request,
                                         std::int64_t now_unix) {
  // Seals whose window has passed are of no more use to anyone.
  db.prepare("UPDATE enrollment_codes SET sealed_token = NULL WHERE sealed_token IS NOT NULL AND retry_until <= ?")
      .bind(1, now_unix)
      .run();
  auto row = find_code(db, request.code_hash);
  if (!row) return std::nullopt;
  if (row->used) {
    auto token = earlier_token(db, *row, request, now_unix);
    if (!token) return std::nullopt;
    return response(*row, std::move(*token));
  }
  if (row->expires_at <= now_unix) return std::nullopt;
  auto token = auth::random_token(32);
  db.prepare("INSERT INTO kiosks(location_id, token_hash, label, enrolled_on) VALUES (?, ?, ?, date('now'))")
      .bind(1, row->location_id)
      .bind_blob(2, auth::sha256(token))
      .bind(3, request.label)
      .run();
  auto kiosk_id = db.last_insert_rowid();
  auto use = db.prepare(
      "UPDATE enrollment_codes SET used = 1, nonce_hash = ?2, sealed_token = ?3, kiosk_id = ?4, retry_until = ?5"
      " WHERE code_hash = ?1");
  use.bind_blob(1, request.code_hash).bind(4, kiosk_id);
  if (request.seal_key.empty()) {
    use.bind_null(2).bind_null(3).bind_null(5);
  } else {
    use.bind_blob(2, request.nonce_hash)
        .bind_blob(3, seal(token, request.seal_key))
        .bind(5, now_unix + enrollment_retry_seconds);
  }
  use.run();
  return response(*row, std::move(token));
}

}  // namespace storepulse::kiosk_api
