// storepulse-ingest-bench: the kiosk load generator against the real server binary on loopback.
// Sets up a fresh database with the admin tool, starts the server, enrolls kiosks through the
// kiosk client, then drives keep-alive connections with batches of 1 and of 50 submissions.
#include "kiosk/core/identity/client_identity.h"
#include "kiosk/core/simulation/session_generator.h"
#include "kiosk/core/sync/kiosk_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/program_options.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <array>
#include <charconv>
#include <cctype>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <thread>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace po = boost::program_options;
namespace fs = std::filesystem;
namespace sk = storepulse::kiosk;
namespace v1 = storepulse::v1;
using tcp = net::ip::tcp;
using clock_type = std::chrono::steady_clock;
using namespace std::chrono_literals;

namespace {

// The bench reads /metrics on the main address, which asks for a scrape token.
constexpr const char* metrics_token = "bench-metrics-token";


struct bench_options {
  std::string server_bin;
  std::string admin_bin;
  std::string question_bank;
  std::string work_dir;
  int connections = 64;
  int duration = 10;
  int warmup = 2;
  std::vector<int> batch_sizes{1, 50};
  int kiosks = 64;
  int stores = 8;
  int headcount = 20000;
  int days = 1;
  int client_threads = 1;
  int server_threads = 0;
  bool keep = false;
};

// Returns the output of a finished command; throws when it fails.
std::string run_command(const std::vector<std::string>& argv, const std::string& log) {
  pid_t child = ::fork();
  if (child < 0) throw std::runtime_error("fork failed");
  std::string out_path = log + ".out";
  if (child == 0) {
    int fd = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  std::ifstream in(out_path);
  std::stringstream output;
  output << in.rdbuf();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    throw std::runtime_error(argv[0] + " " + argv[1] + " failed:\n" + output.str());
  }
  return output.str();
}

// The server under test: started with a port file, stopped with SIGTERM.
class server_process {
 public:
  server_process(const bench_options& options, const std::string& db) {
    std::string port_file = options.work_dir + "/port";
    std::string log = options.work_dir + "/server.log";
    std::vector<std::string> argv{options.server_bin, "--db", db, "--address", "127.0.0.1", "--port", "0",
                                  "--port-file", port_file, "--daily-cap-factor", "1.5", "--metrics-token",
                                  metrics_token};
    if (options.server_threads > 0) {
      argv.insert(argv.end(), {"--threads", std::to_string(options.server_threads)});
    }
    pid_ = ::fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
      int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
      ::dup2(fd, 1);
      ::dup2(fd, 2);
      std::vector<char*> args;
      for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
      args.push_back(nullptr);
      ::execv(args[0], args.data());
      ::_exit(127);
    }
    auto deadline = clock_type::now() + 20s;
    while (clock_type::now() < deadline) {
      std::ifstream in(port_file);
      if (in >> port_ && port_ > 0) return;
      int status = 0;
      if (::waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        throw std::runtime_error("the server exited at start; see " + log);
      }
      std::this_thread::sleep_for(20ms);
    }
    throw std::runtime_error("the server did not report its port; see " + log);
  }
  ~server_process() { stop(); }

  // Stops the server with SIGTERM; returns its exit status.
  int stop() {
    if (pid_ <= 0) return 0;
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  pid_t pid() const { return pid_; }
  int port() const { return port_; }

  // Returns a /proc/PID/status value in kB, e.g. "VmHWM".
  long status_kb(const std::string& key) const {
    std::ifstream in("/proc/" + std::to_string(pid_) + "/status");
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind(key + ":", 0) == 0) return std::stol(line.substr(key.size() + 1));
    }
    return -1;
  }
  // Returns each server thread's CPU seconds so far, by "name (thread id)"; the main thread
  // is a network thread.
  std::map<std::string, double> thread_cpu_seconds() const {
    std::map<std::string, double> threads;
    std::error_code ec;
    for (const auto& task : fs::directory_iterator("/proc/" + std::to_string(pid_) + "/task", ec)) {
      std::ifstream comm(task.path().string() + "/comm");
      std::string name;
      std::getline(comm, name);
      if (task.path().filename().string() == std::to_string(pid_)) name = "sp-network";
      threads[name + " (" + task.path().filename().string() + ")"] = stat_cpu_seconds(task.path().string() + "/stat");
    }
    return threads;
  }
  // Returns the CPU seconds (user + system) the server used so far.
  double cpu_seconds() const { return stat_cpu_seconds("/proc/" + std::to_string(pid_) + "/stat"); }

 private:
  static double stat_cpu_seconds(const std::string& path) {
    std::ifstream in(path);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.empty()) return 0;
    std::istringstream fields(text.substr(text.rfind(')') + 2));
    std::string field;
    double ticks = 0;
    for (int i = 3; i <= 15 && fields >> field; ++i) {
      if (i == 14 || i == 15) ticks += std::stod(field);
    }
    return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
  }

  pid_t pid_ = -1;
  int port_ = 0;
};

double process_cpu_seconds() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Returns GET path's body from the server (plain synchronous Beast).
std::string http_get(int port, const std::string& path) {
  net::io_context ioc;
  beast::tcp_stream stream(ioc);
  stream.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)));
  http::request<http::empty_body> request{http::verb::get, path, 11};
  request.set(http::field::host, "127.0.0.1");
  request.set(http::field::authorization, std::string("Bearer ") + metrics_token);
  http::write(stream, request);
  beast::flat_buffer buffer;
  http::response<http::string_body> response;
  http::read(stream, buffer, response);
  return response.body();
}

// Returns the server's unlabelled Prometheus samples by name.
std::map<std::string, double> read_metrics(int port) {
  std::map<std::string, double> samples;
  std::istringstream lines(http_get(port, "/metrics"));
  for (std::string line; std::getline(lines, line);) {
    auto space = line.rfind(' ');
    if (line.empty() || line[0] == '#' || space == std::string::npos || line.find('{') != std::string::npos) continue;
    try {
      samples[line.substr(0, space)] = std::stod(line.substr(space + 1));
    } catch (const std::exception&) {
    }
  }
  return samples;
}

// A serialized batch whose client ids are rewritten in place for every request, so that each
// upload is new to the server without paying for serialization during the run.
struct batch_template {
  std::string body;
  std::vector<std::size_t> id_offsets;
};

std::vector<batch_template> make_templates(const v1::KioskConfig& config, int batch_size, int count, int days) {
  sk::session_generator generator(config, 42);
  std::vector<batch_template> templates;
  for (int t = 0; t < count; ++t) {
    v1::SubmissionBatch batch;
    batch.set_protocol_version(v1::PROTOCOL_VERSION_CURRENT);
    std::vector<std::string> ids;
    for (int i = 0; i < batch_size; ++i) {
      sk::store_profile profile{sk::store_mood::typical, generator.uniform()};
      // By default today's answers, as kiosks that are online send them; --days 49 spreads them
      // over 7 weeks, like a backlog from kiosks that were offline, so that every commit changes
      // many more rollup cells and date-index pages.
      auto session = generator.survey(profile, sk::local_date_days_ago(generator.between(0, days - 1)), 0);
      // Five answers per submission, as the targets are stated.
      while (session.answers_size() > 5) session.mutable_answers()->RemoveLast();
      ids.push_back(session.client_id());
      *batch.add_submissions() = std::move(session);
    }
    batch_template tpl{batch.SerializeAsString(), {}};
    for (const auto& id : ids) {
      auto at = tpl.body.find(id);
      if (at == std::string::npos) throw std::runtime_error("client id not found in the serialized batch");
      tpl.id_offsets.push_back(at);
    }
    templates.push_back(std::move(tpl));
  }
  return templates;
}

struct phase_stats {
  std::uint64_t requests = 0;
  std::uint64_t submissions_accepted = 0;
  std::uint64_t items_not_accepted = 0;
  std::uint64_t transport_errors = 0;
  std::map<int, std::uint64_t> bad_status;
  std::vector<std::uint32_t> latencies_us;
};

// Returns the value of a header in an HTTP head (case-insensitive name), or "" when absent.
std::string_view header_value(std::string_view head, std::string_view name) {
  for (std::size_t at = head.find("\r\n"); at != std::string_view::npos; at = head.find("\r\n", at + 2)) {
    auto line = head.substr(at + 2, head.find("\r\n", at + 2) - (at + 2));
    if (line.size() <= name.size() || line[name.size()] != ':') continue;
    bool same = true;
    for (std::size_t k = 0; k < name.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(line[k])) == std::tolower(static_cast<unsigned char>(name[k]));
    if (!same) continue;
    auto value = line.substr(name.size() + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    return value;
  }
  return {};
}

// One keep-alive connection that sends a batch, waits for its answer and sends the next. It
// writes prepared request bytes and reads the answer with a minimal HTTP/1.1 reader, so that the
// load generator takes as little as it can of the CPU it shares with the server.
class load_connection : public std::enable_shared_from_this<load_connection> {
 public:
  load_connection(net::io_context& ioc, const tcp::endpoint& endpoint, const std::string& token,
                  const std::vector<batch_template>& templates, std::size_t first, clock_type::time_point measure_from,
                  clock_type::time_point end, phase_stats& stats, std::uint64_t seed)
      : socket_(ioc), endpoint_(endpoint), templates_(templates), next_(first), measure_from_(measure_from),
        end_(end), stats_(stats), random_state_(seed) {
    head_ = "POST /api/v1/kiosk/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            "Content-Type: application/x-protobuf\r\nAccept: application/x-protobuf\r\n"
            "Authorization: Bearer " + token + "\r\nContent-Length: ";
  }

  void start() {
    socket_.async_connect(endpoint_, [self = shared_from_this()](beast::error_code ec) {
      if (ec) {
        ++self->stats_.transport_errors;
        return;
      }
      self->socket_.set_option(tcp::no_delay(true));
      self->do_write();
    });
  }

 private:
  std::uint64_t next_random() {
    // splitmix64: fast, and the ids only need to look random to the server's index.
    std::uint64_t z = (random_state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  void do_write() {
    if (clock_type::now() >= end_) {
      beast::error_code ignored;
      socket_.shutdown(tcp::socket::shutdown_both, ignored);
      return;
    }
    const auto& tpl = templates_[next_++ % templates_.size()];
    request_.assign(head_);
    request_ += std::to_string(tpl.body.size());
    request_ += "\r\n\r\n";
    auto body_at = request_.size();
    request_ += tpl.body;
    for (auto offset : tpl.id_offsets) {
      std::uint64_t halves[2] = {next_random(), next_random()};
      std::memcpy(request_.data() + body_at + offset, halves, 16);
    }
    started_ = clock_type::now();
    net::async_write(socket_, net::buffer(request_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
      if (ec) {
        ++self->stats_.transport_errors;
        return;
      }
      self->answer_.clear();
      self->do_read();
    });
  }

  void do_read() {
    socket_.async_read_some(net::buffer(chunk_), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
      if (ec) {
        ++self->stats_.transport_errors;
        return;
      }
      self->answer_.append(self->chunk_.data(), n);
      self->on_bytes();
    });
  }

  // Reads on until the head and the Content-Length of body have arrived, then counts the answer.
  void on_bytes() {
    auto head_end = answer_.find("\r\n\r\n");
    if (head_end == std::string::npos) return do_read();
    std::string_view head(answer_.data(), head_end);
    auto length_text = header_value(head, "content-length");
    std::size_t length = 0;
    std::from_chars(length_text.data(), length_text.data() + length_text.size(), length);
    if (answer_.size() < head_end + 4 + length) return do_read();
    int status = head.size() > 12 ? std::atoi(std::string(head.substr(9, 3)).c_str()) : 0;
    auto finished = clock_type::now();
    if (started_ >= measure_from_ && finished <= end_) {
      ++stats_.requests;
      stats_.latencies_us.push_back(static_cast<std::uint32_t>(
          std::chrono::duration_cast<std::chrono::microseconds>(finished - started_).count()));
      if (status == 200) {
        ack_.ParseFromArray(answer_.data() + head_end + 4, static_cast<int>(length));
        for (const auto& item : ack_.results()) {
          (item.status() == v1::ITEM_STATUS_ACCEPTED ? stats_.submissions_accepted : stats_.items_not_accepted)++;
        }
      } else {
        ++stats_.bad_status[status];
      }
    }
    if (header_value(head, "connection") == "close") {
      ++stats_.transport_errors;
      return;
    }
    do_write();
  }

  tcp::socket socket_;
  tcp::endpoint endpoint_;
  const std::vector<batch_template>& templates_;
  std::size_t next_;
  clock_type::time_point measure_from_;
  clock_type::time_point end_;
  phase_stats& stats_;
  std::uint64_t random_state_;
  std::string head_;
  std::string request_;
  std::string answer_;
  std::array<char, 16384> chunk_{};
  clock_type::time_point started_;
  v1::BatchAck ack_;
};

double percentile(std::vector<std::uint32_t>& values, double p) {
  if (values.empty()) return 0;
  auto index = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
  return values[index] / 1000.0;
}

void run_phase(const bench_options& options, server_process& server, const std::vector<std::string>& tokens,
               const v1::KioskConfig& config, int batch_size) {
  auto templates = make_templates(config, batch_size, batch_size == 1 ? 512 : 64, options.days);
  int threads = std::max(1, options.client_threads);
  std::vector<phase_stats> stats(static_cast<std::size_t>(threads));
  std::vector<std::unique_ptr<net::io_context>> contexts;
  tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port()));
  auto begin = clock_type::now();
  auto measure_from = begin + std::chrono::seconds(options.warmup);
  auto end = measure_from + std::chrono::seconds(options.duration);
  for (int t = 0; t < threads; ++t) contexts.push_back(std::make_unique<net::io_context>(1));
  std::random_device seed;
  for (int c = 0; c < options.connections; ++c) {
    auto t = static_cast<std::size_t>(c % threads);
    std::make_shared<load_connection>(*contexts[t], endpoint, tokens[static_cast<std::size_t>(c) % tokens.size()],
                                      templates, static_cast<std::size_t>(c) * 7, measure_from, end, stats[t],
                                      (std::uint64_t{seed()} << 32) ^ seed())
        ->start();
  }
  double server_cpu_before = 0, client_cpu_before = process_cpu_seconds();
  std::vector<std::thread> runners;
  for (auto& context : contexts) runners.emplace_back([&context] { context->run(); });
  std::this_thread::sleep_until(measure_from);
  server_cpu_before = server.cpu_seconds();
  client_cpu_before = process_cpu_seconds();
  auto threads_before = server.thread_cpu_seconds();
  auto metrics_before = read_metrics(server.port());
  std::this_thread::sleep_until(end);
  double server_cpu = server.cpu_seconds() - server_cpu_before;
  double client_cpu = process_cpu_seconds() - client_cpu_before;
  std::vector<std::pair<double, std::string>> busy_threads;
  for (const auto& [thread, seconds_used] : server.thread_cpu_seconds()) {
    busy_threads.emplace_back(seconds_used - threads_before[thread], thread.substr(0, thread.find(' ')));
  }
  std::sort(busy_threads.rbegin(), busy_threads.rend());
  auto metrics_after = read_metrics(server.port());
  auto delta = [&](const std::string& name) { return metrics_after[name] - metrics_before[name]; };
  // A connection whose answer never comes would hold its thread forever: 30 s after the end, the
  // load generator gives up on it.
  std::atomic<bool> finished{false};
  std::thread watchdog([&] {
    while (!finished && clock_type::now() < end + 30s) std::this_thread::sleep_for(50ms);
    if (finished) return;
    std::cerr << "some answers never came; stopping the load generator\n";
    for (auto& context : contexts) context->stop();
  });
  for (auto& runner : runners) runner.join();
  finished = true;
  watchdog.join();

  phase_stats total;
  for (auto& s : stats) {
    total.requests += s.requests;
    total.submissions_accepted += s.submissions_accepted;
    total.items_not_accepted += s.items_not_accepted;
    total.transport_errors += s.transport_errors;
    for (auto [status, n] : s.bad_status) total.bad_status[status] += n;
    total.latencies_us.insert(total.latencies_us.end(), s.latencies_us.begin(), s.latencies_us.end());
  }
  double seconds = options.duration;
  std::uint64_t errors = total.transport_errors + total.items_not_accepted;
  for (auto [status, n] : total.bad_status) errors += n;
  std::cout << std::fixed << std::setprecision(1);
  std::cout << "batch " << batch_size << ", " << options.connections << " connections, " << options.duration
            << " s (after " << options.warmup << " s warm-up):\n"
            << "  requests/s      " << total.requests / seconds << "\n"
            << "  submissions/s   " << total.submissions_accepted / seconds << " (accepted, each durable before its answer)\n"
            << std::setprecision(2) << "  latency p50     " << percentile(total.latencies_us, 0.50) << " ms\n"
            << "  latency p99     " << percentile(total.latencies_us, 0.99) << " ms\n"
            << "  latency max     " << percentile(total.latencies_us, 1.0) << " ms\n"
            << "  errors          " << errors;
  for (auto [status, n] : total.bad_status) std::cout << " [HTTP " << status << ": " << n << "]";
  if (total.transport_errors) std::cout << " [transport: " << total.transport_errors << "]";
  if (total.items_not_accepted) std::cout << " [items not accepted: " << total.items_not_accepted << "]";
  double commits = delta("storepulse_writer_commits");
  std::cout << "\n" << std::setprecision(1) << "  commits/s       " << commits / seconds << ", "
            << (commits > 0 ? delta("storepulse_commit_group_size_sum") / commits : 0.0)
            << " requests per commit on average";
  double requests = static_cast<double>(std::max<std::uint64_t>(1, total.requests));
  double syncs = delta("storepulse_wal_syncs");
  std::cout << "\n" << std::setprecision(1) << "  writer CPU      per request: jobs "
            << delta("storepulse_writer_job_cpu_seconds") * 1e6 / requests << " us, rollups "
            << delta("storepulse_writer_rollup_cpu_seconds") * 1e6 / requests << " us, commit "
            << delta("storepulse_writer_commit_cpu_seconds") * 1e6 / requests << " us"
            << "\n" << "  WAL syncs       " << syncs / seconds << "/s, "
            << std::setprecision(2) << (syncs > 0 ? delta("storepulse_wal_sync_seconds") * 1e3 / syncs : 0.0)
            << " ms each on average; " << std::setprecision(1)
            << (commits > 0 ? delta("storepulse_wal_frames") / commits : 0.0) << " pages per commit"
            << "\n" << "  checkpoints     " << delta("storepulse_wal_checkpoints") / seconds
            << "/s on their thread; the WAL started over " << std::setprecision(0)
            << delta("storepulse_wal_starts") << " times, after the writer copied its last frames "
            << delta("storepulse_wal_writer_checkpoints") << " times";
  std::cout << "\n" << std::setprecision(2) << "  CPU             server " << server_cpu / seconds
            << " cores, load generator " << client_cpu / seconds << " cores; server CPU per request "
            << std::setprecision(0) << (total.requests ? server_cpu * 1e6 / static_cast<double>(total.requests) : 0.0)
            << " us, per submission "
            << (total.submissions_accepted ? server_cpu * 1e6 / static_cast<double>(total.submissions_accepted) : 0.0)
            << " us\n" << std::setprecision(2) << "  busiest threads";
  for (std::size_t i = 0; i < busy_threads.size() && i < 4; ++i)
    std::cout << (i ? ", " : " ") << busy_threads[i].second << " " << busy_threads[i].first / seconds;
  std::cout << " (cores)\n"
            << "  server memory   VmRSS " << server.status_kb("VmRSS") / 1024.0 << " MB, peak VmHWM "
            << server.status_kb("VmHWM") / 1024.0 << " MB\n";
}

// Returns the source tree recorded in the build tree's CMakeCache.txt next to this program.
std::string source_dir_from_build_tree(const fs::path& program_dir) {
  for (auto dir = program_dir; !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
    std::ifstream cache(dir / "CMakeCache.txt");
    std::string line;
    while (std::getline(cache, line)) {
      const std::string key = "storepulse_SOURCE_DIR:STATIC=";
      if (line.rfind(key, 0) == 0) return line.substr(key.size());
    }
  }
  return {};
}

bench_options parse_options(int argc, char** argv, bool& exit_now) {
  bench_options o;
  fs::path program_dir = fs::absolute(fs::path(argv[0])).parent_path();
  fs::path build_dir = program_dir.parent_path();
  o.server_bin = (build_dir / "server" / "storepulse-server").string();
  o.admin_bin = (build_dir / "server" / "storepulse-admin").string();
  auto source = source_dir_from_build_tree(program_dir);
  if (!source.empty()) o.question_bank = source + "/schema/question_bank.textproto";
  std::string batches = "1,50";
  po::options_description d("storepulse-ingest-bench: kiosk uploads against the real server on loopback\n\nOptions");
  d.add_options()("help,h", "show this help")
      ("server-bin", po::value(&o.server_bin)->default_value(o.server_bin), "storepulse-server binary")
      ("admin-bin", po::value(&o.admin_bin)->default_value(o.admin_bin), "storepulse-admin binary")
      ("question-bank", po::value(&o.question_bank)->default_value(o.question_bank), "question bank text file")
      ("work-dir", po::value(&o.work_dir), "folder for the database and logs (default: a fresh temporary one)")
      ("connections", po::value(&o.connections)->default_value(o.connections), "keep-alive connections")
      ("duration", po::value(&o.duration)->default_value(o.duration), "measured seconds per phase")
      ("warmup", po::value(&o.warmup)->default_value(o.warmup), "unmeasured seconds before each phase")
      ("batches", po::value(&batches)->default_value(batches), "batch sizes to run, comma-separated")
      ("kiosks", po::value(&o.kiosks)->default_value(o.kiosks), "kiosks to enroll (connections share them)")
      ("stores", po::value(&o.stores)->default_value(o.stores), "stores the kiosks belong to")
      ("days", po::value(&o.days)->default_value(o.days), "answers are dated over this many days back from today (1-60; 1: today only)")
      ("headcount", po::value(&o.headcount)->default_value(o.headcount),
       "staff per store: the daily cap is 1.5 x headcount sessions per kiosk")
      ("client-threads", po::value(&o.client_threads)->default_value(o.client_threads), "load generator threads")
      ("server-threads", po::value(&o.server_threads)->default_value(o.server_threads),
       "server network threads (0: the server's default)")
      ("keep", po::bool_switch(&o.keep), "keep the work folder");
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, d), vm);
  if (vm.count("help")) {
    std::cout << d << "\n";
    exit_now = true;
    return o;
  }
  po::notify(vm);
  o.batch_sizes.clear();
  std::istringstream list(batches);
  for (std::string item; std::getline(list, item, ',');) o.batch_sizes.push_back(std::stoi(item));
  o.connections = std::clamp(o.connections, 1, 1024);
  o.duration = std::clamp(o.duration, 1, 600);
  o.kiosks = std::clamp(o.kiosks, 1, 1000);
  o.stores = std::clamp(o.stores, 1, o.kiosks);
  o.days = std::clamp(o.days, 1, 60);
  return o;
}

int run(bench_options options) {
  bool own_dir = options.work_dir.empty();
  if (own_dir) {
    std::string pattern = (fs::temp_directory_path() / "storepulse-bench-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a work folder");
    options.work_dir = pattern;
  }
  fs::create_directories(options.work_dir);
  std::string db = options.work_dir + "/bench.sqlite";
  fs::remove(db);
  std::cout << "work folder " << options.work_dir << std::endl;

  const auto& admin = options.admin_bin;
  run_command({admin, "init", "--db", db}, options.work_dir + "/admin-init");
  {
    std::ofstream csv(options.work_dir + "/stores.csv");
    csv << "code,name,region,timezone,headcount,remediation_limit,currency\n";
    for (int s = 0; s < options.stores; ++s) {
      csv << "B" << s << ",Bench store " << s << ",Region " << s % 3 << ",Europe/Paris," << options.headcount
          << ",50.00,EUR\n";
    }
  }
  run_command({admin, "import-locations", "--db", db, "--csv", options.work_dir + "/stores.csv"},
              options.work_dir + "/admin-import");
  run_command({admin, "load-questions", "--db", db, "--file", options.question_bank},
              options.work_dir + "/admin-questions");
  std::vector<std::string> codes;
  for (int s = 0; s < options.stores; ++s) {
    int count = options.kiosks / options.stores + (s < options.kiosks % options.stores ? 1 : 0);
    if (count == 0) continue;
    auto out = run_command({admin, "issue-codes", "--db", db, "--location", "B" + std::to_string(s), "--count",
                            std::to_string(count)},
                           options.work_dir + "/admin-codes");
    std::istringstream lines(out);
    for (std::string code; lines >> code;) codes.push_back(code);
  }

  server_process server(options, db);
  std::cout << "server pid " << server.pid() << " on 127.0.0.1:" << server.port() << "\n";
  sk::server_address address{"127.0.0.1", std::to_string(server.port()), /*tls=*/false};
  std::vector<std::string> tokens;
  v1::KioskConfig config;
  for (const auto& code : codes) {
    sk::kiosk_client client(address);
    auto enrolled = client.enroll(code, "bench");
    if (!enrolled.ok()) throw std::runtime_error("enroll failed: " + enrolled.message);
    tokens.push_back(enrolled.response.device_token());
    if (tokens.size() == 1) {
      client.set_token(tokens.back());
      auto fetched = client.fetch_config("");
      if (!fetched.ok()) throw std::runtime_error("config failed: " + fetched.message);
      config = fetched.config;
    }
  }
  std::cout << tokens.size() << " kiosks enrolled in " << options.stores << " stores (headcount "
            << options.headcount << ", daily cap " << options.headcount * 3 / 2
            << " sessions per kiosk), dates spread over the last " << options.days << " days\n\n";

  for (int batch_size : options.batch_sizes) {
    run_phase(options, server, tokens, config, batch_size);
  }
  std::cout << "\nserver peak memory (VmHWM): " << server.status_kb("VmHWM") / 1024.0 << " MB\n";
  auto metrics = http_get(server.port(), "/metrics");
  std::istringstream lines(metrics);
  std::cout << "server metrics:\n";
  for (std::string line; std::getline(lines, line);) {
    bool interesting = line.find("submission") != std::string::npos || line.find("commit") != std::string::npos ||
                       line.find("writer") != std::string::npos || line.find("quarantin") != std::string::npos;
    if (interesting && line[0] != '#' && line.find("_bucket") == std::string::npos) {
      std::cout << "  " << line << "\n";
    }
  }
  int rc = server.stop();
  std::cout << "server stopped with SIGTERM, exit " << rc << "\n";
  if (own_dir && !options.keep) fs::remove_all(options.work_dir);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  try {
    bool exit_now = false;
    auto options = parse_options(argc, argv, exit_now);
    if (exit_now) return 0;
    return run(options);
  } catch (const std::exception& e) {
    std::cerr << "storepulse-ingest-bench: " << e.what() << "\n";
    return 1;
  }
}
