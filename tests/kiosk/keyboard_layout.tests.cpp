#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "kiosk/core/model/keyboard_layout.h"
#ifdef STOREPULSE_KIOSK_UI
#include "kiosk/ui/screens.h"
#endif

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

constexpr keyboard_page every_page[] = {keyboard_page::lower, keyboard_page::upper, keyboard_page::symbols};

TEST_CASE("Every row of every keyboard page fills the grid, and no key name repeats on a page", "[kiosk][keyboard]") {
  for (keyboard_page page : every_page) {
    const auto rows = keyboard_rows(page);
    REQUIRE(rows.size() == static_cast<std::size_t>(keyboard_rows_per_page));
    std::set<std::string> names;
    for (const auto& row : rows) {
      int units = 0;
      for (const auto& key : row) {
        CHECK(key.units >= 1);
        units += key.units;
        CHECK(names.insert(key_name(key)).second);
      }
      CHECK(units == keyboard_columns);
    }
    CHECK(names.count("key.erase") == 1);
    CHECK(names.count(page == keyboard_page::symbols ? "key.letters" : "key.symbols") == 1);
  }
  // Ten keys across keep each 12 mm wide on a 7-inch 800x480 panel.
  CHECK(keyboard_columns <= 10);
}

TEST_CASE("Every printable character but the space is on exactly one keyboard page, the one page_of names",
          "[kiosk][keyboard]") {
  std::set<std::string> names;
  for (char c = '!'; c <= '~'; ++c) {
    INFO("character '" << c << "'");
    std::set<keyboard_page> pages;
    for (keyboard_page page : every_page) {
      int keys = 0;
      for (const auto& row : keyboard_rows(page)) {
        for (const auto& key : row) keys += key.kind == key_kind::character && key.character == c ? 1 : 0;
      }
      CHECK(keys <= 1);
      if (keys == 1) pages.insert(page);
    }
    REQUIRE_FALSE(pages.empty());
    CHECK(pages.count(page_of(c)) == 1);
    // A symbol beside the letters is the same key on both letter pages: one place, as a letter
    // and its capital are.
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    const bool beside_letters = pages == std::set<keyboard_page>{keyboard_page::lower, keyboard_page::upper};
    if (letter) CHECK(pages == std::set<keyboard_page>{c >= 'a' ? keyboard_page::lower : keyboard_page::upper});
    if (!letter) CHECK((pages == std::set<keyboard_page>{keyboard_page::symbols} || beside_letters));
    CHECK(names.insert(key_name({key_kind::character, c, 1})).second);
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
  CHECK(entry.press({key_kind::symbols, 0, 4}));
  CHECK(entry.page() == keyboard_page::symbols);
  CHECK(entry.press({key_kind::letters, 0, 4}));
  CHECK(entry.page() == keyboard_page::lower);
  // From the capitals to the digits and back stays on the capitals: a code runs "K7QM-3XRT".
  CHECK(entry.press({key_kind::shift, 0, 2}));
  CHECK(entry.press({key_kind::symbols, 0, 4}));
  CHECK(entry.press({key_kind::letters, 0, 4}));
  CHECK(entry.page() == keyboard_page::upper);
  CHECK(keyboard_entry("", 10, keyboard_page::symbols).page() == keyboard_page::symbols);
  // Text longer than the field is cut to it.
  CHECK(keyboard_entry(std::string(10, 'x'), 4).text() == "xxxx");
}

#ifdef STOREPULSE_KIOSK_UI
TEST_CASE("The operator keyboard's keys reach 12 mm on their short side in the room its screen gives them, at every size and density the layout test visits",
          "[kiosk][keyboard]") {
  struct screen {
    float width, height, dpi;
  };
  for (const screen s : {screen{800, 480, 96}, screen{800, 480, 133}, screen{1024, 600, 96}, screen{1024, 600, 170},
                         screen{1280, 800, 96}, screen{1280, 800, 149}, screen{1920, 1080, 96}, screen{1920, 1080, 141},
                         screen{1080, 1920, 96}, screen{1080, 1920, 141}, screen{2560, 1600, 96}, screen{2560, 1600, 227}}) {
    INFO(s.width << "x" << s.height << " at " << s.dpi << " dpi");
    const auto sizes = storepulse::kiosk::ui::size_theme(s.dpi, ImVec2(s.width, s.height));
    const auto place = storepulse::kiosk::ui::place_operator_keyboard(sizes, ImVec2(s.width, s.height));
    const float px_per_mm = s.dpi / 25.4f;
    INFO("keys " << place.grid.unit / px_per_mm << " x " << place.grid.key_height / px_per_mm << " mm");
    CHECK(place.grid.fits);
    CHECK(place.grid.unit >= 12 * px_per_mm);
    CHECK(place.grid.key_height >= 12 * px_per_mm);
    CHECK(place.grid.key_height <= 22 * px_per_mm + 0.5f);
    // Below the field, inside the margins.
    CHECK(place.keys_top_left.y >= place.field_top + place.field_h);
    CHECK(place.keys_top_left.x >= sizes.margin - 0.5f);
    CHECK(place.keys_top_left.x + place.grid.width <= s.width - sizes.margin + 0.5f);
    CHECK(place.keys_top_left.y + place.grid.height <= s.height - sizes.margin + 0.5f);
  }
  // Too little room says so rather than shrinking keys below the minimum silently.
  CHECK_FALSE(fit_keyboard(300, 200, 8, 45, 80).fits);
}
#endif
