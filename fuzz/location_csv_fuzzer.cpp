// Any text as HR's store list: every bad line is reported, and a list that parses is stored.
#include "server/admin/location_import.h"
#include "server/storage/migrator.h"

#include <cstddef>
#include <cstdint>
#include <sstream>

using namespace storepulse;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  auto parsed = admin::parse_locations(in);
  if (!parsed.errors.empty() || parsed.rows.empty()) return 0;
  storage::database db(":memory:");
  storage::migrate(db);
  admin::store_locations(db, parsed.rows);
  return 0;
}
