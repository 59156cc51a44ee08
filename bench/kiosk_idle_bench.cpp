// Measures the real storepulse-kiosk binary at rest: time from start to first frame, CPU used
// over an idle period (target: under 1% of one core) and peak memory (VmHWM).
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <boost/program_options.hpp>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kiosk/core/config/config_cache.h"
#include "kiosk/core/config/device_settings.h"

extern char** environ;

namespace po = boost::program_options;
namespace v1 = storepulse::v1;
using namespace std::chrono_literals;

namespace {

void add_texts(google::protobuf::RepeatedPtrField<v1::LocalizedText>* out, const char* en, const char* es, const char* fr) {
  for (const auto& [language, text] : {std::pair{"en", en}, std::pair{"es", es}, std::pair{"fr", fr}}) {
    auto* t = out->Add();
    t->set_language(language);
    t->set_text(text);
  }
}

// A configuration like the default question bank's: three values, three core items, rotating extras.
v1::KioskConfig sample_config() {
  v1::KioskConfig c;
  c.set_config_version(1);
  c.set_location_code("LYO-01");
  c.set_location_name("Lyon Part-Dieu");
  for (const char* l : {"en", "es", "fr"}) c.add_languages(l);
  struct value_row { const char *key, *en, *es, *fr, *den, *des, *dfr; };
  const value_row values[] = {
      {"customer", "Customers first", "El cliente primero", "Le client d\u2019abord",
       "We fix problems on the spot instead of sending people away.", "Resolvemos en el momento en lugar de despachar al cliente.",
       "Nous r\u00e9glons les probl\u00e8mes sur place au lieu de renvoyer le client."},
      {"own", "Own it", "Hazlo tuyo", "On s\u2019en charge", "If you see a problem, you solve it or find who can.",
       "Si ves un problema, lo resuelves o buscas qui\u00e9n puede.", "Vous voyez un probl\u00e8me\u00a0: vous le r\u00e9glez ou trouvez qui peut."},
      {"team", "One team", "Un solo equipo", "Une seule \u00e9quipe", "We help each other across departments and stores.",
       "Nos ayudamos entre secciones y tiendas.", "Nous nous entraidons entre rayons et magasins."},
  };
  for (const auto& v : values) {
    auto* value = c.add_values();
    value->set_key(v.key);
    add_texts(value->mutable_name(), v.en, v.es, v.fr);
    add_texts(value->mutable_description(), v.den, v.des, v.dfr);
  }
  struct question_row { const char* key; v1::QuestionType type; bool core; const char *en, *es, *fr; };
  const question_row questions[] = {
      {"values_known", v1::QUESTION_TYPE_AGREE5, true,
       "I know our values well enough to decide by them when no rule covers a situation.",
       "Conozco nuestros valores lo bastante para decidir con ellos cuando ninguna norma cubre la situaci\u00f3n.",
       "Je connais assez nos valeurs pour d\u00e9cider avec elles quand aucune r\u00e8gle ne couvre la situation."},
      {"limit_known", v1::QUESTION_TYPE_YES_NO, true, "Do you know how much you may spend to fix a customer\u2019s problem without asking?",
       "\u00bfSabe cu\u00e1nto puede gastar para resolver el problema de un cliente sin pedir permiso?",
       "Savez-vous combien vous pouvez d\u00e9penser pour r\u00e9gler le probl\u00e8me d\u2019un client sans demander\u00a0?"},
      {"recognised", v1::QUESTION_TYPE_AGREE5, true, "In the last month, someone noticed when I did the right thing for a customer.",
       "El \u00faltimo mes, alguien se fij\u00f3 cuando hice lo correcto por un cliente.",
       "Le mois dernier, quelqu\u2019un a remarqu\u00e9 quand j\u2019ai bien agi pour un client."},
      {"recommend", v1::QUESTION_TYPE_SCALE_0_10, false, "How likely are you to recommend this store as a place to work?",
       "\u00bfQu\u00e9 probabilidad hay de que recomiende esta tienda como lugar de trabajo?",
       "Recommanderiez-vous ce magasin comme lieu de travail\u00a0?"},
      {"leaders_consistent", v1::QUESTION_TYPE_AGREE5, false, "My manager does what they ask of us.",
       "Mi responsable hace lo que nos pide.", "Mon responsable fait ce qu\u2019il nous demande."},
  };
  for (const auto& q : questions) {
    auto* question = c.add_questions();
    question->set_key(q.key);
    question->set_type(q.type);
    question->set_core(q.core);
    add_texts(question->mutable_text(), q.en, q.es, q.fr);
  }
  c.set_remediation_limit_minor(5000);
  c.set_currency("EUR");
  c.set_cooldown_seconds(20);
  c.set_idle_seconds(30);
  c.set_rotating_per_session(1);
  return c;
}

pid_t spawn(const std::vector<std::string>& args, const std::string& log = {}) {
  std::vector<char*> argv;
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  if (!log.empty()) posix_spawn_file_actions_addopen(&actions, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("cannot start " + args[0]);
  return pid;
}

// Returns utime + stime of a process in clock ticks.
long cpu_ticks(pid_t pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream rest(stat.substr(stat.rfind(')') + 2));
  std::string field;
  long utime = 0;
  long stime = 0;
  for (int i = 3; i <= 15 && rest >> field; ++i) {
    if (i == 14) utime = std::stol(field);
    if (i == 15) stime = std::stol(field);
  }
  return utime + stime;
}

std::string status_field(pid_t pid, const std::string& name) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind(name + ":", 0) == 0) {
      const auto start = line.find_first_not_of(" \t", name.size() + 1);
      return line.substr(start);
    }
  }
  return "?";
}

}  // namespace

int main(int argc, char** argv) {
  po::options_description options("storepulse-kiosk-idle-bench: start-up time, idle CPU and peak memory of the kiosk.\nOptions");
  options.add_options()("help,h", "show this help")(
      "kiosk", po::value<std::string>()->default_value(std::filesystem::path(argv[0]).parent_path().string() + "/../kiosk/storepulse-kiosk"),
      "path of storepulse-kiosk")("seconds", po::value<int>()->default_value(30), "idle period to measure")(
      "width", po::value<int>()->default_value(1280), "window width")("height", po::value<int>()->default_value(800), "window height")(
      "seed-only", po::value<std::string>(), "only write a sample configuration into this data folder, then exit")(
      "no-xvfb", "use $DISPLAY instead of starting a private Xvfb");
  po::variables_map vm;
  po::store(po::parse_command_line(argc, argv, options), vm);
  if (vm.count("help") != 0U) {
    std::cout << options << "\n";
    return 0;
  }

  const auto seed = [](const std::string& dir) {
    std::filesystem::create_directories(dir);
    storepulse::kiosk::device_settings settings = storepulse::kiosk::device_settings::load(dir);
    settings.server = "http://127.0.0.1:9";  // nothing listens: the kiosk runs offline from its cache
    settings.save();
    storepulse::kiosk::config_cache(dir).store(sample_config(), "\"bench\"");
  };
  if (vm.count("seed-only") != 0U) {
    seed(vm["seed-only"].as<std::string>());
    return 0;
  }

  const auto work = std::filesystem::temp_directory_path() / ("kiosk-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(work);
  seed((work / "data").string());
  const std::string layout = (work / "layout.json").string();

  pid_t xvfb = -1;
  if (vm.count("no-xvfb") == 0U) {
    const std::string display = ":" + std::to_string(500 + ::getpid() % 300);
    xvfb = spawn({"/usr/bin/Xvfb", display, "-screen", "0", "1920x1200x24", "-nolisten", "tcp"});
    ::setenv("DISPLAY", display.c_str(), 1);
    const std::string socket = "/tmp/.X11-unix/X" + display.substr(1);
    for (int i = 0; i < 200 && !std::filesystem::exists(socket); ++i) std::this_thread::sleep_for(10ms);
  }

  const auto started = std::chrono::steady_clock::now();
  const pid_t kiosk = spawn({vm["kiosk"].as<std::string>(), "--windowed", "--data", (work / "data").string(), "--width",
                             std::to_string(vm["width"].as<int>()), "--height", std::to_string(vm["height"].as<int>()),
                             "--layout-file", layout},
                            (work / "kiosk.log").string());
  // The layout file is written right after the first frame is shown.
  while (!std::filesystem::exists(layout) && std::chrono::steady_clock::now() - started < 30s) std::this_thread::sleep_for(1ms);
  const auto first_frame = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();

  std::this_thread::sleep_for(2s);  // let start-up work (fonts, sync attempt) settle
  const int seconds = vm["seconds"].as<int>();
  const long before = cpu_ticks(kiosk);
  std::this_thread::sleep_for(std::chrono::seconds(seconds));
  const long after = cpu_ticks(kiosk);
  const double cpu_percent = 100.0 * static_cast<double>(after - before) / static_cast<double>(::sysconf(_SC_CLK_TCK) * seconds);
  const std::string hwm = status_field(kiosk, "VmHWM");
  const std::string rss = status_field(kiosk, "VmRSS");

  ::kill(kiosk, SIGTERM);
  int status = 0;
  ::waitpid(kiosk, &status, 0);
  if (xvfb > 0) {
    ::kill(xvfb, SIGTERM);
    ::waitpid(xvfb, nullptr, 0);
  }
  std::ifstream log(work / "kiosk.log");
  std::string first_line;
  std::string last_line;
  for (std::string line; std::getline(log, line);) {
    if (first_line.empty()) first_line = line;
    last_line = line;
  }

  std::printf("time to first frame:   %.0f ms (spawn to first frame shown)\n", first_frame);
  std::printf("idle CPU over %d s:    %.2f%% of one core (%ld ticks)\n", seconds, cpu_percent, after - before);
  std::printf("peak memory (VmHWM):   %s (VmRSS at end %s)\n", hwm.c_str(), rss.c_str());
  std::printf("kiosk said:            %s\n", first_line.c_str());
  std::printf("kiosk said at exit:    %s\n", last_line.c_str());
  std::printf("exit status:           %d\n", WIFEXITED(status) ? WEXITSTATUS(status) : -1);
  std::filesystem::remove_all(work);
  return cpu_percent < 1.0 ? 0 : 1;
}
