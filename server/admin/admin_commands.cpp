#include "calendar/clock.h"
#include "server/admin/command.h"
#include "server/admin/command_options.h"
#include "server/admin/kiosk_registry.h"
#include "server/admin/location_import.h"
#include "server/admin/survey_import.h"
#include "server/app/certificate_pin.h"
#include "server/publication/publisher.h"
#include "server/storage/migrator.h"

#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>

namespace storepulse::admin {

namespace po = boost::program_options;

namespace {

int print_problems(const std::string& what, const std::vector<std::string>& problems) {
  std::cerr << what << ": nothing was changed; " << problems.size() << " problem(s):\n";
  for (const auto& p : problems) std::cerr << "  " << p << "\n";
  return 1;
}

}  // namespace

void add_database_commands(std::vector<command>& commands) {
  commands.push_back({"init", "create the database (or migrate an existing one)", [](const std::vector<std::string>& args) {
    std::string db_path;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file");
    int rc = 0;
    if (!parse_command("init", "create the database (or migrate an existing one)", o, args, rc)) return rc;
    storage::database db(db_path);
    auto version = storage::migrate(db);
    std::cout << "database " << db_path << " at schema version " << version << "\n";
    return 0;
  }});
  commands.push_back({"publish", "publish the weeks that have closed and release late answers now", [](const std::vector<std::string>& args) {
    std::string db_path;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file");
    int rc = 0;
    if (!parse_command("publish", "publish the weeks that have closed and release late answers now, with the "
                                  "minimum group size and grace period the server last started with",
                       o, args, rc))
      return rc;
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    storage::transaction tx(db);
    auto settings = publication::saved_settings(db);
    auto run = publication::publish(db, calendar::now_unix(), settings);
    tx.commit();
    std::cout << "published: " << run.stores_closed << " stores closed weeks, " << run.blocks_published
              << " blocks published, " << run.releases << " late groups released (k = " << settings.min_group_size
              << ", grace " << settings.grace_seconds / 3600 << " h)\n";
    return 0;
  }});
  commands.push_back({"backup", "copy the live database to a file with SQLite's online backup", [](const std::vector<std::string>& args) {
    std::string db_path, to;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("to", po::value(&to)->required(), "backup file to write (replaced)");
    int rc = 0;
    if (!parse_command("backup", "copy the live database to a file with SQLite's online backup", o, args, rc)) return rc;
    storage::database source(db_path, {.read_only = true, .create = false});
    storage::database target(to);
    auto* backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup) {
      std::cerr << "backup: " << sqlite3_errmsg(target.handle()) << "\n";
      return 1;
    }
    int step;
    // One step copies a consistent snapshot; smaller steps restart whenever the server commits.
    while ((step = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || step == SQLITE_LOCKED) sqlite3_sleep(50);
    sqlite3_backup_finish(backup);
    if (step != SQLITE_DONE) {
      std::cerr << "backup: " << sqlite3_errstr(step) << "\n";
      return 1;
    }
    auto check = target.prepare("PRAGMA integrity_check");
    check.step();
    std::cout << "backup written to " << to << " (integrity_check: " << check.column_text(0) << ")\n";
    return check.column_text(0) == "ok" ? 0 : 1;
  }});
  commands.push_back({"set", "change a kiosk setting (cooldown_seconds, idle_seconds, rotating_per_session)",
                      [](const std::vector<std::string>& args) {
    std::string db_path, key;
    int value = 0;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("key", po::value(&key)->required(), "cooldown_seconds | idle_seconds | rotating_per_session")
        ("value", po::value(&value)->required(), "whole number");
    int rc = 0;
    if (!parse_command("set", "change a kiosk setting", o, args, rc)) return rc;
    bool known = (key == "cooldown_seconds" && value >= 0 && value <= 600) ||
                 (key == "idle_seconds" && value >= 5 && value <= 600) ||
                 (key == "rotating_per_session" && value >= 1 && value <= 2);
    if (!known) {
      std::cerr << "set: unknown key or value out of range (cooldown_seconds 0..600, idle_seconds 5..600,"
                   " rotating_per_session 1..2)\n";
      return 2;
    }
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    storage::transaction tx(db);
    db.prepare("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key).bind(2, std::to_string(value)).run();
    bump_config_version(db);
    tx.commit();
    std::cout << key << " = " << value << "\n";
    return 0;
  }});
}

void add_location_commands(std::vector<command>& commands) {
  commands.push_back({"import-locations", "import or update stores from CSV; nothing is imported if any line is bad",
                      [](const std::vector<std::string>& args) {
    std::string db_path, csv;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("csv", po::value(&csv)->required(), "CSV file: code,name,region,timezone,headcount,remediation_limit,currency");
    int rc = 0;
    if (!parse_command("import-locations", "import or update stores from CSV", o, args, rc)) return rc;
    std::ifstream in(csv, std::ios::binary);
    if (!in) {
      std::cerr << "import-locations: cannot read " << csv << "\n";
      return 1;
    }
    auto parsed = parse_locations(in);
    if (!parsed.errors.empty()) return print_problems("import-locations " + csv, parsed.errors);
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    store_locations(db, parsed.rows);
    std::cout << "imported " << parsed.rows.size() << " location(s)\n";
    return 0;
  }});
  commands.push_back({"list-locations", "list stores", [](const std::vector<std::string>& args) {
    std::string db_path;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file");
    int rc = 0;
    if (!parse_command("list-locations", "list stores", o, args, rc)) return rc;
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    auto stmt = db.prepare("SELECT code, name, region, headcount, remediation_limit_minor, currency FROM locations ORDER BY code");
    while (stmt.step()) {
      std::cout << stmt.column_text(0) << "\t" << stmt.column_text(1) << "\t" << stmt.column_text(2) << "\t"
                << stmt.column_int64(3) << "\t" << stmt.column_int64(4) / 100 << "." << std::setw(2) << std::setfill('0')
                << stmt.column_int64(4) % 100 << std::setfill(' ') << " " << stmt.column_text(5) << "\n";
    }
    return 0;
  }});
}

void add_survey_commands(std::vector<command>& commands) {
  commands.push_back({"load-questions", "load the question bank (Protobuf text format, e.g. schema/question_bank.textproto)",
                      [](const std::vector<std::string>& args) {
    std::string db_path, file;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("file", po::value(&file)->required(), "question bank file");
    int rc = 0;
    if (!parse_command("load-questions", "load the question bank", o, args, rc)) return rc;
    v1::QuestionBank bank;
    std::string error;
    if (!parse_text_file(file, bank, error)) return print_problems("load-questions", {error});
    if (auto problems = check_question_bank(bank); !problems.empty()) return print_problems("load-questions " + file, problems);
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    if (auto problems = check_against_answers(db, bank); !problems.empty())
      return print_problems("load-questions " + file, problems);
    store_question_bank(db, bank);
    std::cout << "loaded " << bank.questions_size() << " question(s) in " << bank.languages_size() << " language(s)\n";
    return 0;
  }});
  commands.push_back({"set-values", "set the organisation's values (text format ValueSet; at most three)",
                      [](const std::vector<std::string>& args) {
    std::string db_path, file;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("file", po::value(&file)->required(), "values file");
    int rc = 0;
    if (!parse_command("set-values", "set the organisation's values", o, args, rc)) return rc;
    v1::ValueSet values;
    std::string error;
    if (!parse_text_file(file, values, error)) return print_problems("set-values", {error});
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    if (auto problems = check_values(values, configured_languages(db)); !problems.empty())
      return print_problems("set-values " + file, problems);
    store_values(db, values);
    std::cout << "set " << values.values_size() << " value(s)\n";
    return 0;
  }});
}

void add_kiosk_commands(std::vector<command>& commands) {
  commands.push_back({"issue-codes", "issue one-time kiosk enrollment codes for a store", [](const std::vector<std::string>& args) {
    std::string db_path, location, certificate;
    int count = 1, hours = 72;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("location", po::value(&location)->required(), "store code")
        ("count", po::value(&count)->default_value(1), "how many codes (1..1000)")
        ("valid-hours", po::value(&hours)->default_value(72), "hours until the codes expire (1..720)")
        ("tls-certificate", po::value(&certificate), "the server's certificate (PEM): each code is printed as "
                                                     "CODE#sha256/PIN, which pins the kiosk to the server's key");
    int rc = 0;
    if (!parse_command("issue-codes", "issue one-time kiosk enrollment codes", o, args, rc)) return rc;
    if (count < 1 || count > 1000 || hours < 1 || hours > 720) {
      std::cerr << "issue-codes: --count must be 1..1000 and --valid-hours 1..720\n";
      return 2;
    }
    // The pin is read before any code is issued, so that a wrong file costs no codes.
    std::string pin_suffix;
    if (!certificate.empty()) {
      try {
        pin_suffix = "#" + app::certificate_pin(certificate);
      } catch (const std::exception& e) {
        std::cerr << "issue-codes: --tls-certificate: " << e.what() << "\n";
        return 1;
      }
    }
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    try {
      for (const auto& code : issue_enrollment_codes(db, location, count, hours)) std::cout << code << pin_suffix << "\n";
    } catch (const std::invalid_argument& e) {
      std::cerr << "issue-codes: " << e.what() << "\n";
      return 1;
    }
    return 0;
  }});
  commands.push_back({"list-kiosks", "list enrolled kiosks", [](const std::vector<std::string>& args) {
    std::string db_path;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file");
    int rc = 0;
    if (!parse_command("list-kiosks", "list enrolled kiosks", o, args, rc)) return rc;
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    std::cout << "id\tstore\tlabel\tenrolled\tlast seen (UTC, hour)\twaiting\tstate\tproblem\trefused\n";
    for (const auto& k : list_kiosks(db)) {
      std::string seen = "never";
      if (k.last_seen_at) {
        std::time_t t = static_cast<std::time_t>(*k.last_seen_at);
        char buffer[32];
        std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:00", std::gmtime(&t));
        seen = buffer;
      }
      std::cout << k.id << "\t" << k.location_code << "\t" << k.label << "\t" << k.enrolled_on << "\t" << seen << "\t"
                << k.queued_items << "\t" << (k.revoked ? "revoked" : "active") << "\t"
                << (k.sync_state.empty() ? "-" : k.sync_state) << "\t"
                << (k.refused_items.empty() ? "-" : k.refused_items) << "\n";
    }
    return 0;
  }});
  commands.push_back({"revoke-kiosk", "revoke a kiosk's device token", [](const std::vector<std::string>& args) {
    std::string db_path;
    std::int64_t id = 0;
    po::options_description o("Options");
    o.add_options()("db", po::value(&db_path)->required(), "SQLite database file")
        ("id", po::value(&id)->required(), "kiosk id (see list-kiosks)");
    int rc = 0;
    if (!parse_command("revoke-kiosk", "revoke a kiosk's device token", o, args, rc)) return rc;
    storage::database db(db_path, {.create = false});
    storage::migrate(db);
    if (!revoke_kiosk(db, id)) {
      std::cerr << "revoke-kiosk: no kiosk with id " << id << "\n";
      return 1;
    }
    std::cout << "kiosk " << id << " revoked\n";
    return 0;
  }});
}

}  // namespace storepulse::admin
