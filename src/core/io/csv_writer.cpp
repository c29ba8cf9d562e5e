#include "io/csv_writer.h"

#include <algorithm>
#include <cctype>
#include <ostream>

namespace uplift {

std::optional<CsvDialect> report_csv_dialect(std::string_view name) {
    if (name == "plain") {
        return CsvDialect{',', false, false, true};
    }
    if (name == "excel") {
        return CsvDialect{',', false, true, true};
    }
    if (name == "excel-ru") {
        return CsvDialect{';', true, true, true};
    }
    return std::nullopt;
}

bool is_plain_number(std::string_view cell) {
    if (!cell.empty() && cell.front() == '-') {
        cell.remove_prefix(1);
    }
    const auto digits = [](std::string_view s) {
        return !s.empty() &&
               std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
    };
    const auto dot = cell.find('.');
    if (dot == std::string_view::npos) {
        return digits(cell);
    }
    return digits(cell.substr(0, dot)) && digits(cell.substr(dot + 1));
}

std::string csv_field(const std::string& value, const CsvDialect& dialect) {
    std::string text = value;
    if (dialect.decimal_comma && is_plain_number(text)) {
        std::replace(text.begin(), text.end(), '.', ',');
    } else if (dialect.guard_formulas && !text.empty() &&
               std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos &&
               !is_plain_number(text)) {
        text.insert(text.begin(), '\'');
    }
    const char specials[] = {dialect.separator, '"', '\r', '\n', '\0'};
    if (text.find_first_of(specials) == std::string::npos) {
        return text;
    }
    std::string q = "\"";
    for (const char ch : text) {
        if (ch == '"') {
            q += '"';
        }
        q += ch;
    }
    return q + "\"";
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields,
                   const CsvDialect& dialect) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out << dialect.separator;
        }
        out << csv_field(fields[i], dialect);
    }
    out << '\n';
}

void write_csv_start(std::ostream& out, const CsvDialect& dialect) {
    if (dialect.byte_order_mark) {
        out << "\xEF\xBB\xBF";
    }
}

}  // namespace uplift
