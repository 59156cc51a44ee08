#include "kiosk/simulator/simulated_kiosk.h"

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/queue/offline_queue.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/backoff.h"
#include "kiosk/core/sync/kiosk_client.h"
#include "kiosk/core/sync/server_address.h"
#include "kiosk/core/sync/sync_worker.h"

#include <boost/program_options.hpp>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <random>
#include <sstream>
#include <thread>

namespace storepulse::simulator {

using namespace std::chrono_literals;

namespace {

std::vector<std::string> read_codes(const std::string& codes) {
  std::vector<std::string> result;
  std::string text = codes;
  if (std::filesystem::is_regular_file(codes)) {
    std::ifstream in(codes);
    std::stringstream contents;
    contents << in.rdbuf();
    text = contents.str();
  } else {
    std::replace(text.begin(), text.end(), ',', '\n');
  }
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    // "CODE" or "STORE CODE": the code is the last word.
    std::istringstream words(line);
    std::string word, last;
    while (words >> word) last = word;
    if (!last.empty()) result.push_back(last);
  }
  return result;
}

// The demo's cast: every store a different story for the dashboard.
sk::store_profile profile_for(std::size_t store_index, std::mt19937_64& random, int& sessions_per_week,
                              std::string& story) {
  std::uniform_real_distribution<double> jitter(-0.07, 0.07);
  switch (store_index % 7) {
    case 0: story = "strong"; return {sk::store_mood::strong, 0.85 + jitter(random) / 2};
    case 1: story = "weak"; return {sk::store_mood::weak, 0.3 + jitter(random) / 2};
    case 2: story = "polarised"; return {sk::store_mood::polarised, 0.5};
    case 3:
      story = "few answers (suppressed weeks)";
      sessions_per_week = 2;
      return {sk::store_mood::typical, 0.6};
    case 4: story = "declining"; return {sk::store_mood::declining, 0.7};
    default: story = "typical"; return {sk::store_mood::typical, 0.6 + jitter(random)};
  }
}

}  // namespace

int run_demo(const std::vector<std::string>& args) {
  std::string server, codes, data;
  int weeks = 8, per_week = 15, timeout = 120;
  std::uint64_t seed = 7;
  sk::tls_flags tls;
  po::options_description o("Options");
  o.add_options()("server", po::value(&server)->required(), "server address, e.g. https://127.0.0.1:8443")
      ("codes", po::value(&codes)->required(), "file of enrollment codes (one per line, \"STORE CODE\" allowed) "
                                               "or a comma-separated list")
      ("data", po::value(&data)->required(), "folder for the simulated kiosks' data folders")
      ("weeks", po::value(&weeks)->default_value(8), "weeks of history to make (1..8); dates never in the future")
      ("sessions-per-week", po::value(&per_week)->default_value(15), "typical sessions per store and week")
      ("seed", po::value(&seed)->default_value(7), "random seed for answers")
      ("timeout", po::value(&timeout)->default_value(120), "seconds to wait for each kiosk's upload");
  sk::add_tls_options(o, tls);
  int rc = 0;
  if (!parse("demo", "enroll one kiosk per code and upload weeks of realistic sessions through the real protocol",
             o, args, rc))
    return rc;
  weeks = std::clamp(weeks, 1, 8);
  auto code_list = read_codes(codes);
  if (code_list.empty()) {
    std::cerr << "demo: no enrollment codes in " << codes << "\n";
    return 2;
  }
  std::mt19937_64 random(seed);
  std::map<std::string, std::size_t> store_index;  // stores in order of first appearance
  int failures = 0;
  for (std::size_t i = 0; i < code_list.size(); ++i) {
    std::string dir = data + "/kiosk-" + std::to_string(i + 1);
    kiosk k(dir, simulator_sync_options());
    if (!use_server(k, server, tls)) return 2;
    auto saved = k.worker.settings();
    if (saved.device_token.empty()) {
      std::string error;
      if (!k.worker.enroll(code_list[i], error)) {
        std::cerr << "demo: kiosk " << i + 1 << ": enroll: " << error << "\n";
        ++failures;
        continue;
      }
    }
    if (!ensure_config(k)) {
      ++failures;
      continue;
    }
    auto config = *k.cache.config();
    auto [it, added] = store_index.emplace(config.location_code(), store_index.size());
    int per_store_week = std::max(1, static_cast<int>(per_week * std::uniform_real_distribution<double>(0.6, 1.3)(random)));
    std::string story;
    auto profile = profile_for(it->second, random, per_store_week, story);
    if (!added) per_store_week = std::max(1, per_store_week / 2);  // a second kiosk in the same store
    sk::session_generator generator(config, random());
    int sessions = 0, events = 0;
    for (int week = 0; week < weeks; ++week) {
      int this_week = std::max(0, per_store_week + generator.between(-2, 2));
      if (profile.mood == sk::store_mood::typical && per_store_week <= 2) this_week = generator.between(1, 3);
      for (int s = 0; s < this_week; ++s) {
        auto date = sk::local_date_days_ago(week * 7 + generator.between(0, 6), config.timezone());
        k.queue.push(generator.survey(profile, date, week));
        ++sessions;
      }
      int fixes = generator.between(0, static_cast<int>(std::lround(1 + 4 * profile.favourability)));
      for (int r = 0; r < fixes; ++r) {
        auto date = sk::local_date_days_ago(week * 7 + generator.between(0, 6), config.timezone());
        k.queue.push(generator.remediation(profile, date));
        ++events;
      }
    }
    bool drained = drain(k, std::chrono::seconds(timeout), true);
    std::cout << "kiosk " << i + 1 << " at " << config.location_code() << " (" << story << "): " << sessions
              << " sessions, " << events << " remediations, "
              << (drained ? "delivered" : "NOT delivered: " + k.worker.status().message)
              << (k.worker.status().refused ? ", refused " + std::to_string(k.worker.status().refused) : "")
              << std::endl;
    if (!drained) ++failures;
  }
  return failures == 0 ? 0 : 1;
}

// Uploads continuously over one connection and records every acknowledged id, for crash drills.

}  // namespace storepulse::simulator
