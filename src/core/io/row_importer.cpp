#include "io/row_importer.h"

#include <fmt/format.h>

#include "db/statement.h"

namespace uplift {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// Shows a value in a message without flooding it.
std::string shown(std::string_view v) {
    if (v.size() > 40) {
        return fmt::format("'{}…'", v.substr(0, 40));
    }
    return fmt::format("'{}'", v);
}

}  // namespace

void ImportContext::record_change(std::string_view entity, std::int64_t entity_id,
                                  std::string_view action,
                                  const std::optional<std::string>& old_values,
                                  const std::string& new_values) {
    db::Statement s(conn,
                    "INSERT INTO batch_changes(batch_id, seq, entity, entity_id, action, "
                    "old_values, new_values) VALUES(?, ?, ?, ?, ?, ?, ?)");
    s.bind_all(batch_id, ++change_seq, entity, entity_id, action, old_values, new_values);
    s.exec();
}

std::optional<std::string_view> RowFields::text(const ColumnRef& column) const {
    const auto i = column.index;
    if (!i) {
        return std::nullopt;
    }
    if (*i >= rec_.fields.size()) {
        return std::string_view{};
    }
    return trim(rec_.fields[*i]);
}

void RowFields::problem(std::string_view column, std::string message) {
    issues_.add(rec_.line, std::string(column), std::move(message));
}

std::optional<std::string> RowFields::required_text(std::string_view column, std::size_t max_len) {
    const auto t = text(column);
    if (!t || t->empty()) {
        problem(column, "must not be empty");
        return std::nullopt;
    }
    if (t->size() > max_len) {
        problem(column, fmt::format("longer than {} characters", max_len));
        return std::nullopt;
    }
    for (const char ch : *t) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7f) {
            problem(column, "contains a control character (line break or tab)");
            return std::nullopt;
        }
    }
    return std::string(*t);
}

std::optional<Date> RowFields::date(const ColumnRef& column, bool allow_empty) {
    const auto t = text(column);
    if (!t || t->empty()) {
        if (!allow_empty) {
            problem(column.name, "must not be empty (a date YYYY-MM-DD)");
        }
        return std::nullopt;
    }
    if (auto d = try_parse_date(*t)) {
        return d;
    }
    problem(column.name, fmt::format("{} is not a date (YYYY-MM-DD)", shown(*t)));
    return std::nullopt;
}

// Both number kinds share one parser; they differ in decimals, wording and range.
std::optional<std::int64_t> RowFields::scaled_number(const ColumnRef& column,
                                                     const NumberKind& kind, DecimalMark mark,
                                                     bool allow_negative) {
    const auto t = text(column);
    if (!t || t->empty()) {
        problem(column.name, fmt::format("must not be empty ({})", kind.noun));
        return std::nullopt;
    }
    const DecimalParse p = parse_decimal(*t, kind.decimals, mark);
    if (!p.ok()) {
        problem(column.name, fmt::format("{} is not {}: {}", shown(*t), kind.noun, p.error));
        return std::nullopt;
    }
    if (!allow_negative && p.scaled < 0) {
        problem(column.name, fmt::format("{} must not be negative", shown(*t)));
        return std::nullopt;
    }
    if (p.scaled > kind.max_abs || p.scaled < -kind.max_abs) {
        problem(column.name, fmt::format("{} is out of range", shown(*t)));
        return std::nullopt;
    }
    return p.scaled;
}

std::optional<std::int64_t> RowFields::money_minor(const ColumnRef& column, DecimalMark mark,
                                                   bool allow_negative) {
    static constexpr NumberKind kAmount{"an amount", 2, 100'000'000'000'000};
    return scaled_number(column, kAmount, mark, allow_negative);
}

std::optional<std::int64_t> RowFields::whole_number(const ColumnRef& column, DecimalMark mark,
                                                    bool allow_negative) {
    static constexpr NumberKind kWhole{"a whole number", 0, 1'000'000'000'000};
    return scaled_number(column, kWhole, mark, allow_negative);
}

}  // namespace uplift
