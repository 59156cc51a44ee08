#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace storepulse::kiosk {

// The operator panel's on-screen keyboard without pixels: its pages of keys, what a key does to
// the text being typed, and how big the keys can be in the room there is. The view draws it.

// Which keys show: small letters, capitals, or symbols.
enum class keyboard_page { lower, upper, symbols };

// What a key does.
enum class key_kind {
  character,  // types its character
  erase,      // removes the last character
  shift,      // between small letters and capitals
  symbols,    // to the symbols page
  letters,    // back to the letter page last shown
};

// One key: its kind, its character (for character keys) and its width in grid units.
struct keyboard_key {
  key_kind kind = key_kind::character;
  char character = 0;
  int units = 1;
};

// Keys per row, in units: every row of every page fills it. Ten keep a key 12 mm wide across a
// 7-inch 800x480 panel.
inline constexpr int keyboard_columns = 10;
// Rows per page.
inline constexpr int keyboard_rows_per_page = 4;

// Returns the rows of keys of a page, top to bottom. Every printable ASCII character but the space,
// and so everything a server address ("https://pulse.example.com:8443") or an enrollment code
// ("K7QM-3XRT#sha256/AbC+/9=") needs, is on one place: a letter beside its capital on the two
// letter pages, - : / . # + = on both letter pages, digits and the rest on the symbols page.
std::vector<std::vector<keyboard_key>> keyboard_rows(keyboard_page page);

// Returns a stable name for the key, for the layout file and the tests: "key.a", "key.A",
// "key.erase", "key.shift", "key.symbols", "key.letters", or "key.x" with x the character's hex code
// for punctuation ("key.2f" for '/').
std::string key_name(const keyboard_key& key);

// Returns the page on which a character is typed (lower for one on no page, and for a symbol on
// both letter pages); for typing a string by taps.
keyboard_page page_of(char c);

// Text being typed with the keyboard: what a key press does to it and to the page shown.
class keyboard_entry {
 public:
  // Starts from text (the field's current value) on page; the text is kept below max_length.
  keyboard_entry(std::string text, std::size_t max_length, keyboard_page page = keyboard_page::lower);

  // Applies a key press; returns false when it changed nothing (erase on empty, full text).
  bool press(const keyboard_key& key);
  // Returns the text typed so far.
  const std::string& text() const { return text_; }
  // Returns the page to show.
  keyboard_page page() const { return page_; }

 private:
  std::string text_;
  std::size_t max_length_;
  keyboard_page page_;
  // The letter page the letters key goes back to: capitals stay on for a code's next letters.
  keyboard_page letters_;
};

// Where the keys go in a rectangle: the size of one grid unit and of a key's height.
struct keyboard_grid {
  float unit = 0;        // width of one unit (a one-unit key)
  float key_height = 0;
  float width = 0;       // of the whole keyboard, centred in the room
  float height = 0;
  bool fits = false;     // both sides of a one-unit key reach min_key
};

// Returns the largest grid in width x height with gap between keys, keys no taller than
// max_key; fits tells whether one-unit keys reach min_key on both sides.
keyboard_grid fit_keyboard(float width, float height, float gap, float min_key, float max_key);

}  // namespace storepulse::kiosk
