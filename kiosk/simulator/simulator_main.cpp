// storepulse-simulator: a headless kiosk over the real kiosk core (queue, sync worker, protocol
// client), for demo data, scripted tests and crash drills.
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

namespace po = boost::program_options;
namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;

namespace {

struct command {
  std::string name;
  std::string summary;
  std::function<int(const std::vector<std::string>&)> run;
};

// Parses a command's options; returns false (with rc set) on --help or an error.
bool parse(const std::string& name, const std::string& summary, po::options_description& options,
           const std::vector<std::string>& args, int& rc) {
  options.add_options()("help,h", "show this help");
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).run(), vm);
    if (vm.count("help")) {
      std::cout << "storepulse-simulator " << name << ": " << summary << "\n\n" << options << "\n";
      rc = 0;
      return false;
    }
    po::notify(vm);
  } catch (const po::error& e) {
    std::cerr << "storepulse-simulator " << name << ": " << e.what() << " (see --help)\n";
    rc = 2;
    return false;
  }
  return true;
}

// One simulated kiosk: its data folder, settings, queue, config cache and sync worker.
struct kiosk {
  sk::device_settings settings;
  sk::offline_queue queue;
  sk::config_cache cache;
  sk::sync_worker worker;

  kiosk(const std::string& data_dir, const sk::sync_options& options)
      : settings(sk::device_settings::load(data_dir)),
        queue(settings.queue_path()),
        cache(data_dir),
        worker(queue, cache, settings, options) {}
};

sk::sync_options simulator_sync_options() {
  sk::sync_options options;
  options.backoff_base = 200ms;
  options.backoff_cap = 5s;
  options.request_timeout = 10s;
  return options;
}

bool use_server(kiosk& k, const std::string& server) {
  if (server.empty()) {
    return true;
  }
  std::string error;
  if (!k.worker.set_server(server, error)) {
    std::cerr << error << "\n";
    return false;
  }
  return true;
}

// Runs the worker thread until the queue is empty; false on timeout or when an operator is needed.
bool drain(kiosk& k, std::chrono::seconds timeout, bool quiet = false) {
  k.worker.start();
  k.worker.wake();
  auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string last_message;
  bool drained = false;
  while (std::chrono::steady_clock::now() < deadline) {
    auto status = k.worker.status();
    if (!quiet && status.message != last_message && !status.message.empty()) {
      std::cerr << "sync: " << status.message << "\n";
    }
    last_message = status.message;
    if (status.needs_enrollment || status.protocol_mismatch) {
      break;
    }
    if (k.queue.size() == 0) {
      drained = true;
      break;
    }
    std::this_thread::sleep_for(50ms);
  }
  k.worker.stop();
  return drained;
}

// Fetches the config once when there is none cached yet.
bool ensure_config(kiosk& k) {
  if (!k.cache.config()) {
    k.worker.sync_once();
  }
  if (!k.cache.config()) {
    std::cerr << "no configuration: " << k.worker.status().message << "\n";
    return false;
  }
  return true;
}

int print_status(kiosk& k) {
  auto config = k.cache.config();
  std::cout << "server: " << k.settings.server << "\n"
            << "enrolled: " << (k.settings.device_token.empty() ? "no" : "yes") << "\n"
            << "store: " << k.settings.location_code << " " << k.settings.location_name << "\n"
            << "queued: " << k.queue.size() << "\n"
            << "set aside: " << k.queue.set_aside_count() << "\n"
            << "config version: " << (config ? std::to_string(config->config_version()) : "none") << "\n";
  for (const auto& item : k.queue.set_aside_items()) {
    std::cout << "  set aside " << sk::to_hex(item.client_id) << ": " << item.reason << "\n";
  }
  return 0;
}

int run_enroll(const std::vector<std::string>& args) {
  std::string server, code, data, label = "simulator";
  po::options_description o("Options");
  o.add_options()("server", po::value(&server)->required(), "server address, e.g. http://127.0.0.1:8080")
      ("code", po::value(&code)->required(), "one-time enrollment code (storepulse-admin issue-codes)")
      ("data", po::value(&data)->required(), "the kiosk's data folder")
      ("label", po::value(&label), "device label shown to operators");
  int rc = 0;
  if (!parse("enroll", "enroll a kiosk and fetch its configuration", o, args, rc)) return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server)) return 2;
  k.settings.device_label = label;
  std::string error;
  if (!k.worker.enroll(code, error)) {
    std::cerr << "enroll: " << error << "\n";
    return 1;
  }
  std::cout << "enrolled at " << k.worker.settings().location_code << " " << k.worker.settings().location_name
            << "\n";
  return ensure_config(k) ? 0 : 1;
}

int run_submit(const std::vector<std::string>& args) {
  std::string server, data, date;
  int count = 1, remediations = 0, timeout = 60;
  bool no_sync = false;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "the kiosk's data folder (enrolled)")
      ("server", po::value(&server), "server address (default: the saved one)")
      ("count", po::value(&count)->default_value(1), "survey sessions to queue")
      ("remediations", po::value(&remediations)->default_value(0), "remediation events to queue")
      ("date", po::value(&date), "local date YYYY-MM-DD (default: today)")
      ("no-sync", po::bool_switch(&no_sync), "only queue; do not upload")
      ("timeout", po::value(&timeout)->default_value(60), "seconds to keep trying to upload");
  int rc = 0;
  if (!parse("submit", "queue sessions like a kiosk (each durable before 'queued' is printed), then sync",
             o, args, rc))
    return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server) || !ensure_config(k)) return 1;
  sk::session_generator generator(*k.cache.config(), std::random_device{}());
  if (date.empty()) date = sk::local_date_today();
  for (int i = 0; i < count; ++i) {
    auto session = generator.survey({}, date, 0);
    k.queue.push(session);
    std::cout << "queued " << sk::to_hex(session.client_id()) << std::endl;
  }
  for (int i = 0; i < remediations; ++i) {
    auto event = generator.remediation({}, date);
    k.queue.push(event);
    std::cout << "queued " << sk::to_hex(event.client_id()) << std::endl;
  }
  if (no_sync) return 0;
  bool drained = drain(k, std::chrono::seconds(timeout));
  std::cout << (drained ? "delivered" : "not delivered") << "; queued " << k.queue.size() << ", set aside "
            << k.queue.set_aside_count() << std::endl;
  return drained ? 0 : 1;
}

int run_sync(const std::vector<std::string>& args) {
  std::string server, data;
  int timeout = 60;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "the kiosk's data folder")
      ("server", po::value(&server), "server address (default: the saved one)")
      ("timeout", po::value(&timeout)->default_value(60), "seconds to keep trying");
  int rc = 0;
  if (!parse("sync", "upload everything waiting in the kiosk's queue", o, args, rc)) return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server)) return 2;
  bool drained = drain(k, std::chrono::seconds(timeout));
  std::cout << (drained ? "delivered" : "not delivered") << "; queued " << k.queue.size() << ", set aside "
            << k.queue.set_aside_count() << std::endl;
  return drained ? 0 : 1;
}

int run_status(const std::vector<std::string>& args) {
  std::string data;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "the kiosk's data folder");
  int rc = 0;
  if (!parse("status", "show a kiosk's enrollment, queue and config", o, args, rc)) return rc;
  kiosk k(data, simulator_sync_options());
  return print_status(k);
}

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

int run_demo(const std::vector<std::string>& args) {
  std::string server, codes, data;
  int weeks = 8, per_week = 15, timeout = 120;
  std::uint64_t seed = 7;
  po::options_description o("Options");
  o.add_options()("server", po::value(&server)->required(), "server address, e.g. http://127.0.0.1:8080")
      ("codes", po::value(&codes)->required(), "file of enrollment codes (one per line, \"STORE CODE\" allowed) "
                                               "or a comma-separated list")
      ("data", po::value(&data)->required(), "folder for the simulated kiosks' data folders")
      ("weeks", po::value(&weeks)->default_value(8), "weeks of history to make (1..8); dates never in the future")
      ("sessions-per-week", po::value(&per_week)->default_value(15), "typical sessions per store and week")
      ("seed", po::value(&seed)->default_value(7), "random seed for answers")
      ("timeout", po::value(&timeout)->default_value(120), "seconds to wait for each kiosk's upload");
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
    if (!use_server(k, server)) return 2;
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
        auto date = sk::local_date_days_ago(week * 7 + generator.between(0, 6));
        k.queue.push(generator.survey(profile, date, week));
        ++sessions;
      }
      int fixes = generator.between(0, static_cast<int>(std::lround(1 + 4 * profile.favourability)));
      for (int r = 0; r < fixes; ++r) {
        k.queue.push(generator.remediation(profile, sk::local_date_days_ago(week * 7 + generator.between(0, 6))));
        ++events;
      }
    }
    bool drained = drain(k, std::chrono::seconds(timeout), true);
    std::cout << "kiosk " << i + 1 << " at " << config.location_code() << " (" << story << "): " << sessions
              << " sessions, " << events << " remediations, "
              << (drained ? "delivered" : "NOT delivered: " + k.worker.status().message)
              << (k.queue.set_aside_count() ? ", set aside " + std::to_string(k.queue.set_aside_count()) : "")
              << std::endl;
    if (!drained) ++failures;
  }
  return failures == 0 ? 0 : 1;
}

// Uploads continuously over one connection and records every acknowledged id, for crash drills.
int run_load(const std::vector<std::string>& args) {
  std::string server, data, acked_path;
  int duration = 10, batch_size = 10;
  po::options_description o("Options");
  o.add_options()("data", po::value(&data)->required(), "an enrolled kiosk's data folder")
      ("server", po::value(&server), "server address (default: the saved one)")
      ("duration", po::value(&duration)->default_value(10), "seconds to run")
      ("batch", po::value(&batch_size)->default_value(10), "submissions per batch")
      ("acked", po::value(&acked_path)->required(), "file that receives each acknowledged client id (hex), "
                                                    "written before the next batch is sent");
  int rc = 0;
  if (!parse("load", "upload batches continuously; a refused or failed batch is resent until acknowledged",
             o, args, rc))
    return rc;
  kiosk k(data, simulator_sync_options());
  if (!use_server(k, server) || !ensure_config(k)) return 1;
  auto settings = k.worker.settings();
  sk::kiosk_client client(*sk::server_address::parse(settings.server), 5s);
  client.set_token(settings.device_token);
  sk::session_generator generator(*k.cache.config(), std::random_device{}());
  std::ofstream acked(acked_path, std::ios::app);
  sk::backoff retry(50ms, 2s);
  auto end = std::chrono::steady_clock::now() + std::chrono::seconds(duration);
  std::size_t batches = 0, items = 0, failures = 0;
  v1::SubmissionBatch batch;
  while (std::chrono::steady_clock::now() < end) {
    if (batch.submissions_size() == 0) {
      batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
      for (int i = 0; i < batch_size; ++i) {
        *batch.add_submissions() = generator.survey({}, sk::local_date_days_ago(generator.between(0, 6)), 0);
      }
    }
    auto result = client.upload(batch);
    if (result.http_status != 200) {
      ++failures;
      std::this_thread::sleep_for(retry.next());
      continue;
    }
    retry.reset();
    for (const auto& item : result.ack.results()) {
      if (item.status() == v1::ITEM_STATUS_ACCEPTED) {
        acked << sk::to_hex(item.client_id()) << "\n";
        ++items;
      }
    }
    acked.flush();
    ++batches;
    batch.Clear();
  }
  std::cout << "batches " << batches << ", acknowledged submissions " << items << ", failed attempts " << failures
            << std::endl;
  return 0;
}

std::vector<command> commands() {
  return {
      {"enroll", "enroll a kiosk with a one-time code and fetch its configuration", run_enroll},
      {"submit", "queue sessions (durable first), then upload them", run_submit},
      {"sync", "upload whatever waits in a kiosk's queue", run_sync},
      {"status", "show a kiosk's enrollment, queue and configuration", run_status},
      {"demo", "enroll kiosks from codes and upload weeks of realistic sessions", run_demo},
      {"load", "upload continuously and log acknowledged ids (crash drills)", run_load},
  };
}

void print_usage() {
  std::cout << "storepulse-simulator: a headless kiosk speaking the real protocol\n\n"
               "usage: storepulse-simulator <command> [options]   (storepulse-simulator <command> --help)\n\n"
               "commands:\n";
  for (const auto& c : commands()) {
    std::cout << "  " << c.name << std::string(10 - c.name.size(), ' ') << c.summary << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
      std::string(argv[1]) == "help") {
    print_usage();
    return argc < 2 ? 2 : 0;
  }
  std::string name = argv[1];
  std::vector<std::string> args(argv + 2, argv + argc);
  for (const auto& c : commands()) {
    if (c.name == name) {
      try {
        return c.run(args);
      } catch (const std::exception& e) {
        std::cerr << "storepulse-simulator " << name << ": " << e.what() << "\n";
        return 1;
      }
    }
  }
  std::cerr << "storepulse-simulator: unknown command '" << name << "'\n";
  print_usage();
  return 2;
}
