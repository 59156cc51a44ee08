#include "server/admin/kiosk_registry.h"

#include "server/auth/random_token.h"

#include <sodium.h>

#include <chrono>
#include <stdexcept>

namespace storepulse::admin {
namespace {

// Returns a code such as "K7QM-3XRT-HC9P": 12 symbols of an alphabet without look-alikes (60 bits).
std::string new_code() {
  static constexpr char alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  std::string code;
  for (int i = 0; i < 12; ++i) {
    if (i > 0 && i % 4 == 0) code.push_back('-');
    code.push_back(alphabet[randombytes_uniform(32)]);
  }
  return code;
}

}  // namespace

std::vector<std::string> issue_enrollment_codes(storage::database& db, const std::string& location_code, int count,
                                                int valid_hours) {
  if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
  storage::transaction tx(db);
  auto location = db.prepare("SELECT id FROM locations WHERE code = ? AND active = 1");
  location.bind(1, location_code);
  if (!location.step()) throw std::invalid_argument("no active location with code '" + location_code + "'");
  auto location_id = location.column_int64(0);
  auto expires = std::chrono::duration_cast<std::chrono::seconds>(
                     (std::chrono::system_clock::now() + std::chrono::hours(valid_hours)).time_since_epoch())
                     .count();
  auto insert = db.prepare("INSERT INTO enrollment_codes(code_hash, location_id, expires_at) VALUES (?,?,?)");
  std::vector<std::string> codes;
  for (int i = 0; i < count; ++i) {
    auto code = new_code();
    insert.bind_blob(1, auth::sha256(code)).bind(2, location_id).bind(3, static_cast<std::int64_t>(expires)).run();
    codes.push_back(code);
  }
  tx.commit();
  return codes;
}

std::vector<kiosk_row> list_kiosks(storage::database& db) {
  std::vector<kiosk_row> rows;
  auto stmt = db.prepare(
      "SELECT k.id, l.code, k.label, k.enrolled_on, k.last_seen_at, k.queued_items, k.revoked,"
      " coalesce(k.sync_state, ''), coalesce(k.refused_items, '')"
      " FROM kiosks k JOIN locations l ON l.id = k.location_id ORDER BY k.id DESC");
  while (stmt.step()) {
    kiosk_row row;
    row.id = stmt.column_int64(0);
    row.location_code = stmt.column_text(1);
    row.label = stmt.column_text(2);
    row.enrolled_on = stmt.column_text(3);
    if (!stmt.column_is_null(4)) row.last_seen_at = stmt.column_int64(4);
    row.queued_items = stmt.column_int64(5);
    row.revoked = stmt.column_int(6) != 0;
    row.sync_state = stmt.column_text(7);
    row.refused_items = stmt.column_text(8);
    rows.push_back(std::move(row));
  }
  return rows;
}

bool revoke_kiosk(storage::database& db, std::int64_t kiosk_id) {
  db.prepare("UPDATE kiosks SET revoked = 1 WHERE id = ?").bind(1, kiosk_id).run();
  return db.changes() > 0;
}

}  // namespace storepulse::admin
