#include "calendar/calendar.h"
#include "calendar/clock.h"
#include "calendar/time_zone.h"
#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/sync/backoff.h"
#include "kiosk/core/sync/random_schedule.h"
#include "kiosk/core/sync/server_address.h"
#include "kiosk/core/sync/sync_worker.h"
#include "tests/support/scratch_folder.h"

#include <catch2/catch.hpp>
#include <sys/stat.h>

#include <algorithm>
#include <regex>
#include <set>

namespace sk = storepulse::kiosk;
using namespace std::chrono_literals;

TEST_CASE("Client ids are 16 random bytes", "[kiosk][identity]") {
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) {
    auto id = sk::new_client_id();
    REQUIRE(id.size() == 16);
    ids.insert(id);
  }
  CHECK(ids.size() == 1000);
  CHECK(sk::to_hex(std::string("\x00\xab\x10", 3)) == "00ab10");
}

TEST_CASE("Local dates are plain calendar dates without a time", "[kiosk][identity]") {
  std::regex date(R"(\d{4}-\d{2}-\d{2})");
  CHECK(std::regex_match(sk::local_date_today(), date));
  CHECK(sk::local_date_days_ago(0) == sk::local_date_today());
  CHECK(sk::local_date_days_ago(1) < sk::local_date_today());
  CHECK(sk::local_date_days_ago(400) < sk::local_date_days_ago(1));
  CHECK(std::regex_match(sk::local_date_days_ago(55), date));
}

TEST_CASE("A kiosk dates answers by its store's timezone, whatever its own", "[kiosk][identity]") {
  // Kiritimati (UTC+14) and Pago Pago (UTC-11) are a day or two apart at any instant.
  auto east = sk::local_date_today("Pacific/Kiritimati"), west = sk::local_date_today("Pacific/Pago_Pago");
  CHECK(east > west);
  CHECK(sk::local_date_days_ago(1, "Pacific/Kiritimati") < east);
  auto zone = storepulse::calendar::time_zone::find("Pacific/Kiritimati");
  REQUIRE(zone);
  CHECK(east == storepulse::calendar::format_date(zone->local_day(storepulse::calendar::now_unix())));
  // An unknown zone falls back to the device's own.
  CHECK(sk::local_date_today("Nowhere/Atlantis") == sk::local_date_today());
}

TEST_CASE("Backoff grows exponentially up to its cap, with full jitter", "[kiosk][sync]") {
  sk::backoff retry(100ms, 2s);
  CHECK(retry.ceiling() == 100ms);
  std::vector<std::chrono::milliseconds> ceilings;
  for (int i = 0; i < 8; ++i) {
    auto ceiling = retry.ceiling();
    ceilings.push_back(ceiling);
    auto wait = retry.next();
    CHECK(wait >= 0ms);
    CHECK(wait <= ceiling);
  }
  CHECK(ceilings == std::vector<std::chrono::milliseconds>{100ms, 200ms, 400ms, 800ms, 1600ms, 2s, 2s, 2s});
  retry.reset();
  CHECK(retry.ceiling() == 100ms);

  SECTION("waits are spread over the whole range, not clustered at the ceiling") {
    sk::backoff spread(1000ms, 1000ms);
    std::chrono::milliseconds low = 1000ms, high = 0ms;
    for (int i = 0; i < 200; ++i) {
      auto wait = spread.next();
      low = std::min(low, wait);
      high = std::max(high, wait);
    }
    CHECK(low < 200ms);
    CHECK(high > 800ms);
  }
}

TEST_CASE("Upload delays spread from 0 to their longest and configuration checks over half to one and a half intervals",
          "[kiosk][sync][timing]") {
  sk::random_schedule schedule(7);
  std::chrono::milliseconds low = 10min, high = 0ms;
  for (int i = 0; i < 500; ++i) {
    auto wait = schedule.upload_delay(10min);
    REQUIRE(wait >= 0ms);
    REQUIRE(wait <= 10min);
    low = std::min(low, wait);
    high = std::max(high, wait);
  }
  CHECK(low < 1min);
  CHECK(high > 9min);
  CHECK(schedule.upload_delay(0ms) == 0ms);

  low = 1h, high = 0ms;
  for (int i = 0; i < 500; ++i) {
    auto wait = schedule.config_interval(5min);
    REQUIRE(wait >= 150s);
    REQUIRE(wait <= 450s);
    low = std::min(low, wait);
    high = std::max(high, wait);
  }
  CHECK(low < 180s);
  CHECK(high > 420s);
}

TEST_CASE("Health checks come at 0.8 to 1.2 of their interval, and by default show a server back within 30 s and "
          "a lost one within a minute",
          "[kiosk][sync][timing][status]") {
  sk::random_schedule schedule(9);
  std::chrono::milliseconds low = 1h, high = 0ms;
  for (int i = 0; i < 500; ++i) {
    auto wait = schedule.probe_interval(10s);
    REQUIRE(wait >= 8s);
    REQUIRE(wait <= 12s);
    low = std::min(low, wait);
    high = std::max(high, wait);
  }
  CHECK(low < 8500ms);
  CHECK(high > 11500ms);

  const sk::sync_options defaults;
  // Offline: a check every 10 to 15 s. One that started just before the server came back may time
  // out; the next one, and its own answer, still come within 30 s.
  CHECK(defaults.offline_probe * 4 / 5 >= 10s);
  CHECK(defaults.offline_probe * 6 / 5 <= 15s);
  CHECK(defaults.probe_timeout + defaults.offline_probe * 6 / 5 + defaults.probe_timeout <= 30s);
  // Online and idle: a check every 30 to 60 s, gentle on a server with thousands of kiosks.
  CHECK(defaults.online_probe * 4 / 5 >= 30s);
  CHECK(defaults.online_probe * 6 / 5 <= 60s);
  // A check is small and short next to the calls that carry answers.
  CHECK(defaults.probe_timeout <= defaults.request_timeout);
  // What keeps sessions undated stays as it was.
  CHECK(defaults.upload_delay_default == 10min);
  CHECK(defaults.backoff_base == 500ms);
  CHECK(defaults.backoff_cap == 5min);
  CHECK(defaults.config_refresh == 5min);
}

TEST_CASE("Server addresses are parsed with or without the scheme, https unless told otherwise", "[kiosk][sync]") {
  auto full = sk::server_address::parse("http://127.0.0.1:8080");
  REQUIRE(full);
  CHECK(full->host == "127.0.0.1");
  CHECK(full->port == "8080");
  CHECK_FALSE(full->tls);
  auto secure = sk::server_address::parse("https://storepulse.example.com");
  REQUIRE(secure);
  CHECK(secure->tls);
  CHECK(secure->to_string() == "https://storepulse.example.com:443");
  auto bare = sk::server_address::parse(" storepulse.local:9000/ ");
  REQUIRE(bare);
  CHECK(bare->to_string() == "https://storepulse.local:9000");
  CHECK(sk::server_address::parse("example.org")->port == "443");
  CHECK(sk::server_address::parse("http://example.org")->port == "80");
  CHECK_FALSE(sk::server_address::parse("ftp://x:1"));
  CHECK_FALSE(sk::server_address::parse("host:99999"));
  CHECK_FALSE(sk::server_address::parse("host:abc"));
  CHECK_FALSE(sk::server_address::parse(""));
}

TEST_CASE("Plain http is refused beyond loopback unless explicitly allowed", "[kiosk][sync][tls]") {
  for (const char* loopback : {"http://127.0.0.1:8080", "http://127.8.9.10:80", "http://localhost:8080", "http://LocalHost"}) {
    INFO(loopback);
    CHECK(sk::plain_http_refusal(*sk::server_address::parse(loopback), false).empty());
  }
  for (const char* remote : {"http://10.0.0.5:8080", "http://storepulse.example.com", "http://127.example.com"}) {
    INFO(remote);
    const auto refusal = sk::plain_http_refusal(*sk::server_address::parse(remote), false);
    CHECK(refusal.find("is refused") != std::string::npos);
    CHECK(refusal.find("--allow-plain-http") != std::string::npos);
    CHECK(sk::plain_http_refusal(*sk::server_address::parse(remote), true).empty());
  }
  CHECK(sk::plain_http_refusal(*sk::server_address::parse("https://10.0.0.5:8443"), false).empty());
}

TEST_CASE("Device settings round-trip through a file only the owner can read", "[kiosk][settings]") {
  storepulse::testing::scratch_folder folder;
  auto defaults = sk::device_settings::load(folder.file("data"));
  CHECK(defaults.device_token.empty());
  CHECK(defaults.fullscreen);
  CHECK_FALSE(defaults.allow_plain_http);
  CHECK(defaults.server_key_pin.empty());
  CHECK(defaults.operator_pin.empty());  // no default PIN: set at installation or chosen at the kiosk

  defaults.server = "https://10.1.2.3:8443";
  defaults.ca_file = "/etc/storepulse/ca.pem";
  defaults.server_key_pin = "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
  defaults.allow_plain_http = true;
  defaults.device_token = "secret-token";
  defaults.operator_pin = "975310";
  defaults.portrait = true;
  defaults.window_width = 800;
  defaults.save();

  auto loaded = sk::device_settings::load(folder.file("data"));
  CHECK(loaded.server == "https://10.1.2.3:8443");
  CHECK(loaded.ca_file == "/etc/storepulse/ca.pem");
  CHECK(loaded.server_key_pin == "sha256/47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(loaded.allow_plain_http);
  CHECK(loaded.device_token == "secret-token");
  CHECK(loaded.operator_pin == "975310");
  CHECK(loaded.portrait);
  CHECK(loaded.window_width == 800);
  CHECK(loaded.queue_path() == folder.file("data") + "/queue.sqlite");
  // The published default of earlier versions, or any PIN that short, opens nothing any more.
  loaded.operator_pin = "2468";
  loaded.save();
  CHECK(sk::device_settings::load(folder.file("data")).operator_pin.empty());

  struct stat info {};
  REQUIRE(::stat(loaded.path().c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("The config cache keeps the last config and its ETag across restarts", "[kiosk][config]") {
  storepulse::testing::scratch_folder folder;
  {
    sk::config_cache empty(folder.path());
    CHECK_FALSE(empty.config());
    CHECK(empty.etag().empty());
    storepulse::v1::KioskConfig config;
    config.set_config_version(12);
    config.set_location_name("Lyon Part-Dieu");
    config.add_languages("fr");
    empty.store(config, "\"abc123\"");
  }
  sk::config_cache cache(folder.path());
  REQUIRE(cache.config());
  CHECK(cache.config()->config_version() == 12);
  CHECK(cache.config()->location_name() == "Lyon Part-Dieu");
  CHECK(cache.etag() == "\"abc123\"");
  cache.clear();
  CHECK_FALSE(cache.config());
  CHECK_FALSE(sk::config_cache(folder.path()).config());
}
