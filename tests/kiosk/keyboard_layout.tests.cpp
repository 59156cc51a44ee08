#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kiosk/core/model/keyboard_layout.h"

using namespace storepulse::kiosk;

namespace {

// Types text by pressing keys as a person would: switching pages first when the character is on another.
std::string type_by_keys(const std::string& text, keyboard_page start) {
  keyboard_entry entry("", 200, start);
  const auto press_kind = [&entry](key_kind kind) {
    for (const auto& row : keyboard_rows(entry.page())) {
      for (const auto& key : row) {
        if (key.kind == kind) return entry.press(key);
      }
    }
    return false;
  };
  for (char c : text) {
    const keyboard_page wanted = page_of(c);
    if (wanted == keyboard_page::symbols && entry.page() != keyboard_page::symbols) REQUIRE(press_kind(key_kind::symbols));
    if (wanted != keyboard_page::symbols && entry.page() == keyboard_page::symbols) REQUIRE(press_kind(key_kind::letters));
    if (wanted != keyboard_page::symbols && entry.page() != wanted) REQUIRE(press_kind(key_kind::shift));
    REQUIRE(entry.page() == wanted);
    bool typed = false;
    for (const auto& row : keyboard_rows(entry.page())) {
      for (const auto& key : row) {
        if (!typed && key.kind == key_kind::character && key.character == c) typed = entry.press(key);
      }
    }
    INFO("character " << c);
    REQUIRE(typed);
  }
  return entry.text();
}

}  // namespace

TEST_CASE("Every row of every keyboard page fills the grid, and no key name repeats on a page", "[kiosk][keyboard]") {
  for (keyboard_page page : {keyboard_page::lower, keyboard_page::upper, keyboard_page::symbols}) {
    const auto rows = keyboard_rows(page);
    REQUIRE(rows.size() == static_cast<std::size_t>(keyboard_rows_per_page));
    std::set<std::string> names;
    for (const auto& row : rows) {
      int units = 0;
      for (const auto& key : row) {
        units += key.units;
        CHECK(names.insert(key_name(key)).second);
      }
      CHECK(units == keyboard_columns);
    }
    CHECK(names.count("key.erase") == 1);
  }
}

TEST_CASE("Server addresses and enrollment codes with a key pin can be typed with the keys alone", "[kiosk][keyboard]") {
  for (const std::string text : {"https://pulse.example.com:8443", "http://127.0.0.1:8080", "http://[::1]:8080/",
                                 "K7QM-3XRT-HC9P#sha256/n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=",
                                 "store_7.pulse-eu.example"}) {
    CHECK(type_by_keys(text, keyboard_page::lower) == text);
    CHECK(type_by_keys(text, keyboard_page::upper) == text);
  }
}

TEST_CASE("The keyboard's keys erase, switch pages and stop at the field's length", "[kiosk][keyboard]") {
  keyboard_entry entry("ab", 3);
  CHECK(entry.press({key_kind::character, 'c', 1}));
  CHECK_FALSE(entry.press({key_kind::character, 'd', 1}));
  CHECK(entry.text() == "abc");
  CHECK(entry.press({key_kind::erase, 0, 2}));
  CHECK(entry.press({key_kind::erase, 0, 2}));
  CHECK(entry.press({key_kind::erase, 0, 2}));
  CHECK_FALSE(entry.press({key_kind::erase, 0, 2}));
  CHECK(entry.text().empty());
  CHECK(entry.press({key_kind::shift, 0, 2}));
  CHECK(entry.page() == keyboard_page::upper);
  CHECK(entry.press({key_kind::shift, 0, 2}));
  CHECK(entry.page() == keyboard_page::lower);
  CHECK(entry.press({key_kind::symbols, 0, 2}));
  CHECK(entry.page() == keyboard_page::symbols);
  CHECK(entry.press({key_kind::letters, 0, 4}));
  CHECK(entry.page() == keyboard_page::lower);
  // Text longer than the field is cut to it.
  CHECK(keyboard_entry(std::string(10, 'x'), 4).text() == "xxxx");
}

TEST_CASE("The keyboard's keys reach 12 mm on their short side from 800x480 to 4K and in portrait",
          "[kiosk][keyboard]") {
  const auto mm = [](float v, float dpi) { return v * dpi / 25.4f; };
  struct screen {
    float width, height, dpi;
  };
  // The room left for keys below the field: the window less margins, the field and its label.
  for (const screen s : {screen{800, 480, 96}, screen{1280, 800, 96}, screen{1920, 1080, 96}, screen{1080, 1920, 96},
                         screen{3840, 2160, 160}}) {
    INFO(s.width << "x" << s.height << " at " << s.dpi << " dpi");
    const float min_key = mm(12, s.dpi);
    const float room_w = s.width - 2 * 24;
    const float room_h = s.height - 2 * 24 - mm(15, s.dpi) * 1.6f;
    const auto grid = fit_keyboard(room_w, room_h, mm(2, s.dpi), min_key, mm(22, s.dpi));
    CHECK(grid.fits);
    CHECK(grid.width <= room_w + 0.5f);
    CHECK(grid.height <= room_h + 0.5f);
    CHECK(grid.key_height <= mm(22, s.dpi) + 0.5f);
  }
  // Too little room says so rather than shrinking keys below the minimum silently.
  CHECK_FALSE(fit_keyboard(300, 200, 8, 45, 80).fits);
}
