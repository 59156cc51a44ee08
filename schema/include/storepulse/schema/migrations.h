#pragma once

#include <span>
#include <string_view>

namespace storepulse::schema {

struct migration {
  int version;
  std::string_view name;
  std::string_view sql;
};

// Returns the migrations in schema/migrations, ordered by number.
std::span<const migration> embedded_migrations();

}  // namespace storepulse::schema
