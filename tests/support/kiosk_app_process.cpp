#include "tests/support/kiosk_app_process.h"

#include "kiosk/core/model/keyboard_layout.h"

#include <csignal>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace storepulse::test {
namespace {

using namespace std::chrono_literals;

// Starts a program with DISPLAY set; returns its pid.
pid_t spawn_with_display(const std::vector<std::string>& args, const std::string& display) {
  std::vector<std::string> env_strings{"DISPLAY=" + display};
  for (char** e = environ; *e != nullptr; ++e) {
    if (std::string(*e).rfind("DISPLAY=", 0) != 0) env_strings.emplace_back(*e);
  }
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<std::string> copy = args;
  std::vector<char*> argv;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = -1;
  if (::posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0) {
    throw std::runtime_error("cannot start " + args[0]);
  }
  return pid;
}

}  // namespace

std::string kiosk_layout::field(const std::string& name) const {
  std::istringstream parts(state);
  for (std::string part; std::getline(parts, part, ';');) {
    if (part.rfind(name + "=", 0) == 0) return part.substr(name.size() + 1);
  }
  return {};
}

const kiosk_button& kiosk_layout::button(const std::string& id) const {
  for (const auto& b : buttons) {
    if (b.id == id) return b;
  }
  throw std::runtime_error("no button '" + id + "' on screen " + screen);
}

std::string kiosk_layout::note(const std::string& name) const {
  std::smatch m;
  if (std::regex_search(notes, m, std::regex("\"" + name + "\":\"([^\"]*)\""))) return m[1];
  return {};
}

bool kiosk_layout::has(const std::string& id) const {
  for (const auto& b : buttons) {
    if (b.id == id) return true;
  }
  return false;
}

bool kiosk_layout::has_panel(const std::string& id) const {
  for (const auto& p : panels) {
    if (p.id == id) return true;
  }
  return false;
}

kiosk_app_process::kiosk_app_process(const std::string& display, const std::string& layout_file,
                                     const std::vector<std::string>& flags)
    : display_(display), layout_file_(layout_file) {
#ifdef STOREPULSE_KIOSK_BIN
  std::vector<std::string> args{STOREPULSE_KIOSK_BIN, "--layout-file", layout_file};
#else
  // Builds without the kiosk (STOREPULSE_BUILD_KIOSK=OFF) have no binary to start.
  std::vector<std::string> args{"storepulse-kiosk", "--layout-file", layout_file};
#endif
  args.insert(args.end(), flags.begin(), flags.end());
  pid_ = spawn_with_display(args, display);
}

kiosk_app_process::~kiosk_app_process() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
  }
}

kiosk_layout kiosk_app_process::layout() const {
  std::ifstream in(layout_file_);
  std::stringstream text;
  text << in.rdbuf();
  const std::string json = text.str();
  kiosk_layout out;
  std::smatch m;
  if (std::regex_search(json, m, std::regex(R"re("screen":"([^"]*)","state":"([^"]*)")re"))) {
    out.screen = m[1];
    out.state = m[2];
  }
  if (std::regex_search(json, m, std::regex(R"re("window":\{"w":(\d+),"h":(\d+),"dpi":(\d+)\},"notes":\{([^}]*)\})re"))) {
    out.width = std::stoi(m[1]);
    out.height = std::stoi(m[2]);
    out.dpi = std::stoi(m[3]);
    out.notes = m[4];
  }
  const std::string box = R"re("([^"]*)","x":(-?\d+),"y":(-?\d+),"w":(-?\d+),"h":(-?\d+))re";
  const std::regex button("\\{\"id\":" + box + "\\}");
  for (auto it = std::sregex_iterator(json.begin(), json.end(), button); it != std::sregex_iterator(); ++it) {
    out.buttons.push_back({(*it)[1], std::stoi((*it)[2]), std::stoi((*it)[3]), std::stoi((*it)[4]), std::stoi((*it)[5])});
  }
  const std::regex panel("\\{\"panel\":" + box + "\\}");
  for (auto it = std::sregex_iterator(json.begin(), json.end(), panel); it != std::sregex_iterator(); ++it) {
    out.panels.push_back({(*it)[1], std::stoi((*it)[2]), std::stoi((*it)[3]), std::stoi((*it)[4]), std::stoi((*it)[5]), 0});
  }
  const std::regex line("\\{\"in\":" + box + R"re(,"px":(\d+)\})re");
  for (auto it = std::sregex_iterator(json.begin(), json.end(), line); it != std::sregex_iterator(); ++it) {
    out.texts.push_back({(*it)[1], std::stoi((*it)[2]), std::stoi((*it)[3]), std::stoi((*it)[4]), std::stoi((*it)[5]),
                         std::stoi((*it)[6])});
  }
  return out;
}

kiosk_layout kiosk_app_process::wait_for(const std::function<bool(const kiosk_layout&)>& ok,
                                         std::chrono::milliseconds timeout) const {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  kiosk_layout last;
  while (std::chrono::steady_clock::now() < deadline) {
    last = layout();
    if (ok(last)) return last;
    if (!running()) throw std::runtime_error("the kiosk exited; last screen " + last.screen);
    std::this_thread::sleep_for(30ms);
  }
  throw std::runtime_error("timed out on screen '" + last.screen + "' state '" + last.state + "'");
}

kiosk_layout kiosk_app_process::wait_for_screen(const std::string& screen, std::chrono::milliseconds timeout) const {
  try {
    return wait_for([&](const kiosk_layout& l) { return l.screen == screen; }, timeout);
  } catch (const std::runtime_error& e) {
    throw std::runtime_error("waiting for screen '" + screen + "': " + e.what());
  }
}

void kiosk_app_process::click(int x, int y) const {
  const pid_t pid = spawn_with_display({"xdotool", "mousemove", std::to_string(x), std::to_string(y), "click", "1"}, display_);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("xdotool failed");
}

void kiosk_app_process::tap(const std::string& id) const {
  // The kiosk ignores a tap within 400 ms of the last one it took; the screen the caller waited
  // for shows only after that tap was taken, so waiting here keeps the next tap clear of it.
  std::this_thread::sleep_for(450ms);
  const kiosk_button b = layout().button(id);
  click(b.x + b.w / 2, b.y + b.h / 2);
  std::this_thread::sleep_for(100ms);
}

void kiosk_app_process::press(const std::string& id) const {
  const kiosk_button b = layout().button(id);
  click(b.x + b.w / 2, b.y + b.h / 2);
}

void kiosk_app_process::type_before(const std::string& id, const std::string& text) const {
  std::this_thread::sleep_for(450ms);
  const kiosk_button b = layout().button(id);
  // Just left of the button: the field may start anywhere in the row, but it ends there.
  click(b.x - b.h, b.y + b.h / 2);
  std::this_thread::sleep_for(200ms);
  const pid_t pid = spawn_with_display({"xdotool", "type", "--delay", "30", text}, display_);
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("xdotool type failed");
  const pid_t enter = spawn_with_display({"xdotool", "key", "Return"}, display_);
  ::waitpid(enter, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) throw std::runtime_error("xdotool key failed");
  wait_for([&](const kiosk_layout& l) { return l.has(id); });
}

void kiosk_app_process::type_with_keys(const std::string& field, const std::string& text,
                                       const std::function<void(const kiosk_layout&)>& check) const {
  tap(field);
  kiosk_layout l = wait_for([](const kiosk_layout& x) { return x.has("key.done") && !x.field("typed").empty(); });
  // Presses a key and waits until the kiosk drew the frame after it took it.
  const auto press_until = [this](const std::string& key, const std::function<bool(const kiosk_layout&)>& done) {
    press(key);
    return wait_for(done, 5s);
  };
  if (check) check(l);
  while (l.field("typed") != "0") {
    const std::string before = l.field("typed");
    l = press_until("key.erase", [&](const kiosk_layout& x) { return x.field("typed") != before; });
  }
  for (char c : text) {
    const std::string name = kiosk::key_name({kiosk::key_kind::character, c, 1});
    for (int switches = 0; !l.has(name); ++switches) {
      if (switches == 3) throw std::runtime_error("no key for '" + std::string(1, c) + "' on any page");
      const std::string page = l.field("keyboard");
      const bool on_symbols = page.size() > 8 && page.substr(page.size() - 8) == "_symbols";
      const std::string to = kiosk::page_of(c) == kiosk::keyboard_page::symbols ? "key.symbols"
                             : on_symbols                                         ? "key.letters"
                                                                                  : "key.shift";
      l = press_until(to, [&](const kiosk_layout& x) { return x.field("keyboard") != page && (to == "key.shift" || !x.has(to)); });
      // The keys of the new page show from the frame after the switch.
      try {
        l = wait_for([&](const kiosk_layout& x) { return x.has(name); }, 1s);
      } catch (const std::runtime_error&) {
      }
      if (check) check(l);
    }
    const std::string before = l.field("typed");
    l = press_until(name, [&](const kiosk_layout& x) { return x.field("typed") != before; });
  }
  if (l.field("typed") != std::to_string(text.size())) throw std::runtime_error("typed " + l.field("typed") + " characters");
  press("key.done");
  wait_for([](const kiosk_layout& x) { return x.field("keyboard").empty() && !x.has("key.done"); });
}

int kiosk_app_process::stop() {
  if (pid_ <= 0) return -1;
  ::kill(pid_, SIGTERM);
  int status = 0;
  ::waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

bool kiosk_app_process::running() const {
  if (pid_ <= 0) return false;
  int status = 0;
  return ::waitpid(pid_, &status, WNOHANG) == 0;
}

}  // namespace storepulse::test
