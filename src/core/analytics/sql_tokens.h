#pragma once
// A lexer for SQLite's SQL, as far as the ad-hoc query's checks need it: words (keywords and
// bare names), quoted names ("x", [x], `x`) unquoted, string literals and single punctuation
// characters; comments and white space are dropped. It follows SQLite's own lexical rules
// ('' inside strings, "" and `` inside quoted names, no backslash escapes, -- and /* */
// comments) so a name cannot hide from the checks inside something SQLite reads differently.
#include <string>
#include <string_view>
#include <vector>

namespace uplift {

struct SqlToken {
    enum class Kind { Word, QuotedName, String, Punct };
    Kind kind;
    std::string text;  // a quoted name or string without its quotes

    bool is_name() const { return kind == Kind::Word || kind == Kind::QuotedName; }
    // A bare word equal to `keyword`, ignoring ASCII case.
    bool is_keyword(std::string_view keyword) const;
    bool is_punct(char c) const { return kind == Kind::Punct && text.size() == 1 && text[0] == c; }
};

std::vector<SqlToken> sql_tokens(std::string_view sql);

// ASCII lower case, as SQLite folds names.
std::string ascii_lower(std::string_view text);

}  // namespace uplift
