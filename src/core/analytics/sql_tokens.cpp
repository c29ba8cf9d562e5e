#include "analytics/sql_tokens.h"

namespace uplift {

namespace {

// SQLite's identifier characters: letters, digits, '_', '$' and every byte of a UTF-8
// sequence.
bool sql_word_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u == '$' || u >= 0x80;
}

// The text between `open` at `i` and the matching `close`; a doubled close (when `doubled`)
// stands for one. Advances `i` past the closing character (or to the end when unterminated).
std::string sql_quoted(std::string_view sql, std::size_t& i, char close, bool doubled) {
    std::string out;
    ++i;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (doubled && i + 1 < sql.size() && sql[i + 1] == close) {
                out += close;
                i += 2;
                continue;
            }
            ++i;
            return out;
        }
        out += sql[i++];
    }
    return out;
}

}  // namespace

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

bool SqlToken::is_keyword(std::string_view keyword) const {
    return kind == Kind::Word && ascii_lower(text) == ascii_lower(keyword);
}

std::vector<SqlToken> sql_tokens(std::string_view sql) {
    std::vector<SqlToken> out;
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
        } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
            while (i < sql.size() && sql[i] != '\n') {
                ++i;
            }
        } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
            const std::size_t end = sql.find("*/", i + 2);
            i = end == std::string_view::npos ? sql.size() : end + 2;
        } else if (c == '\'') {
            out.push_back({SqlToken::Kind::String, sql_quoted(sql, i, '\'', true)});
        } else if (c == '"' || c == '`') {
            out.push_back({SqlToken::Kind::QuotedName, sql_quoted(sql, i, c, true)});
        } else if (c == '[') {
            out.push_back({SqlToken::Kind::QuotedName, sql_quoted(sql, i, ']', false)});
        } else if (sql_word_char(c)) {
            const std::size_t start = i;
            while (i < sql.size() && sql_word_char(sql[i])) {
                ++i;
            }
            out.push_back({SqlToken::Kind::Word, std::string(sql.substr(start, i - start))});
        } else {
            out.push_back({SqlToken::Kind::Punct, std::string(1, c)});
            ++i;
        }
    }
    return out;
}

}  // namespace uplift
