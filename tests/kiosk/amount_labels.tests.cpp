// Amounts as each language writes them, and the remediation bands built from them: every amount
// has exactly one button.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <set>
#include <string>

#include "kiosk/core/model/kiosk_model.h"
#include "tests/kiosk/model_bench.h"

using namespace storepulse::testing::model_bench;

namespace {

// Reads back an amount written by format_amount in the language, in minor units: digits before
// the decimal separator are whole units, after it cents; group separators, currency signs and
// spaces are skipped.
std::uint64_t read_amount(const std::string& text, const std::string& language) {
  const char decimal = language == "en" ? '.' : ',';
  std::uint64_t whole = 0, cents = 0;
  int cent_digits = -1;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      if (cent_digits < 0) {
        whole = whole * 10 + static_cast<std::uint64_t>(c - '0');
      } else {
        cents = cents * 10 + static_cast<std::uint64_t>(c - '0');
        ++cent_digits;
      }
    } else if (c == decimal) {
      cent_digits = 0;
    }
  }
  if (cent_digits == 1) cents *= 10;
  return whole * 100 + cents;
}

}  // namespace

TEST_CASE("Every amount reads back as itself in every language, with its symbol on the right side", "[kiosk][model]") {
  std::mt19937 random(7);
  std::uniform_int_distribution<std::uint64_t> any(0, 10'000'000'00);
  for (const std::string language : {"en", "es", "fr"}) {
    for (int i = 0; i < 2000; ++i) {
      const std::uint64_t minor = i < 300 ? static_cast<std::uint64_t>(i) * 37 : any(random);
      const std::string text = format_amount(minor, "EUR", language);
      INFO(language << " " << minor << " -> " << text);
      REQUIRE(read_amount(text, language) == minor);
      const auto euro = text.find("\u20ac");
      REQUIRE(euro != std::string::npos);
      CHECK((language == "en" ? euro == 0 : euro == text.size() - 3));
      // Whole amounts without cents; otherwise always two digits of cents.
      const char decimal = language == "en" ? '.' : ',';
      if (minor % 100 == 0) {
        CHECK(text.find(decimal) == std::string::npos);
      } else {
        const auto at = text.rfind(decimal);
        REQUIRE(at != std::string::npos);
        CHECK(text.substr(at + 1, 2).find_first_not_of("0123456789") == std::string::npos);
      }
    }
  }
}

TEST_CASE("The amount bands cover every amount up to the limit once, without a gap, in every language", "[kiosk][model]") {
  std::mt19937 random(11);
  std::uniform_int_distribution<std::uint64_t> any(2, 5'000'00);
  for (int i = 0; i < 300; ++i) {
    const std::uint64_t limit = i < 100 ? static_cast<std::uint64_t>(i) : any(random);
    auto config = sample_config();
    config.set_remediation_limit_minor(limit);
    fixture f(config);
    for (const std::string language : {"en", "es", "fr"}) {
      INFO("limit " << limit << " in " << language);
      REQUIRE(f.tap(intent::with_text(intent_kind::choose_language, language)));
      const auto bands = f.model.amount_bands();
      REQUIRE(bands.front().value == v1::AMOUNT_BAND_NO_MONEY);
      REQUIRE(bands.size() >= 3);
      // Above the limit: with approval, then without (the limit exceeded).
      CHECK(bands[bands.size() - 2].value == v1::AMOUNT_BAND_ABOVE_LIMIT_APPROVED);
      CHECK(bands.back().value == v1::AMOUNT_BAND_ABOVE_LIMIT_UNAPPROVED);
      CHECK(bands[bands.size() - 2].label != bands.back().label);
      std::set<std::string> labels;
      for (const auto& b : bands) labels.insert(b.label);
      CHECK(labels.size() == bands.size());
      if (limit < 2) {
        // No limit to speak of: no ranges of nothing.
        CHECK(bands.size() == 3);
        continue;
      }
      REQUIRE(bands.size() == 5);
      const std::string dash = " \u2013 ";
      std::uint64_t next = 1;  // the first amount not yet on a button
      for (std::size_t b = 1; b <= 2; ++b) {
        const auto& label = bands[b].label;
        INFO(label);
        const auto at = label.find(dash);
        REQUIRE(at != std::string::npos);
        CHECK(read_amount(label.substr(0, at), language) == next);
        const auto to = read_amount(label.substr(at + dash.size()), language);
        CHECK(to >= next);
        next = to + 1;
      }
      CHECK(next == limit + 1);
      CHECK(read_amount(bands[3].label, language) == limit);
      CHECK(read_amount(bands[4].label, language) == limit);
    }
  }
}
