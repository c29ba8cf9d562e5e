// Compares two CSV reports cell by cell: Uplift's output and its SQL reference (bench/run).
//
//   compare_csv [--keys K] [--tolerance X] [--show N] A.csv B.csv
//
// Both files must have the same header and the same number of rows; row i of A is compared
// with row i of B. The first K columns (default 1) are the row's key and must be equal as
// text; in the other columns a cell that parses as a decimal number on both sides is compared
// as a number (exactly, digit by digit: "1.50" equals "1.5"; with --tolerance X, |a − b| ≤ X
// counts as equal), any other cell as text. RFC 4180 quoting and CRLF or LF line ends are
// read, so "a b" and a b are the same cell. Prints
//   rows=N cells=M mismatches=K max_abs_diff=X
// and the first N mismatches (--show, default 10); exits 0 when nothing differs, 1 when
// something does, 2 on misuse or an unreadable file.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using Row = std::vector<std::string>;

// Reads a whole CSV file (RFC 4180: quoted fields may hold commas, quotes and line breaks).
std::optional<std::vector<Row>> read_csv(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::ostringstream buf;
    buf << in.rdbuf();
    const std::string s = buf.str();
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false;
    bool any = false;  // the current row has content
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < s.size() && s[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            any = true;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
                ++i;
            }
            if (any || !field.empty()) {
                row.push_back(std::move(field));
                rows.push_back(std::move(row));
            }
            row.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

// A decimal number as sign, digits without leading zeros, and the count of decimals without
// trailing zeros: "-001.50" -> {true, "15", 1}. nullopt when the text is not a plain decimal.
struct Decimal {
    bool negative = false;
    std::string digits;  // "" is zero
    int scale = 0;
    bool operator==(const Decimal&) const = default;
};

std::optional<Decimal> parse_decimal(const std::string& t) {
    std::size_t i = 0;
    Decimal d;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) {
        d.negative = t[i] == '-';
        ++i;
    }
    std::string intpart;
    std::string frac;
    bool dot = false;
    bool digit = false;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c >= '0' && c <= '9') {
            (dot ? frac : intpart) += c;
            digit = true;
        } else if (c == '.' && !dot) {
            dot = true;
        } else {
            return std::nullopt;
        }
    }
    if (!digit) {
        return std::nullopt;
    }
    while (!frac.empty() && frac.back() == '0') {
        frac.pop_back();
    }
    std::string all = intpart + frac;
    const auto nz = all.find_first_not_of('0');
    d.digits = nz == std::string::npos ? "" : all.substr(nz);
    d.scale = static_cast<int>(frac.size());
    if (d.digits.empty()) {
        d.negative = false;  // -0.00 is 0
        d.scale = 0;
    }
    return d;
}

std::string key_of(const Row& r, std::size_t keys) {
    std::string k;
    for (std::size_t i = 0; i < keys && i < r.size(); ++i) {
        k += (i ? "," : "") + r[i];
    }
    return k;
}

int usage() {
    std::cerr << "usage: compare_csv [--keys K] [--tolerance X] [--show N] A.csv B.csv\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t keys = 1;
    double tolerance = 0.0;
    long show = 10;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--keys" || a == "--tolerance" || a == "--show") && i + 1 < argc) {
            const std::string v = argv[++i];
            char* end = nullptr;
            if (a == "--tolerance") {
                tolerance = std::strtod(v.c_str(), &end);
            } else {
                const long n = std::strtol(v.c_str(), &end, 10);
                if (n < 0) {
                    return usage();
                }
                if (a == "--keys") {
                    keys = static_cast<std::size_t>(n);
                } else {
                    show = n;
                }
            }
            if (end == nullptr || *end != '\0') {
                return usage();
            }
        } else if (!a.empty() && a[0] == '-' && a != "-") {
            return usage();
        } else {
            files.push_back(a);
        }
    }
    if (files.size() != 2) {
        return usage();
    }
    const auto a = read_csv(files[0]);
    const auto b = read_csv(files[1]);
    if (!a || !b) {
        std::cerr << "compare_csv: cannot read " << (!a ? files[0] : files[1]) << "\n";
        return 2;
    }
    long mismatches = 0;
    long cells = 0;
    double max_abs = 0.0;
    std::vector<std::string> shown;
    const auto report = [&](const std::string& what) {
        if (mismatches < show) {
            shown.push_back(what);
        }
        ++mismatches;
    };
    if (a->empty() || b->empty() || a->front() != b->front()) {
        report("header differs");
    }
    if (a->size() != b->size()) {
        report("row count differs: " + std::to_string(a->empty() ? 0 : a->size() - 1) + " vs " +
               std::to_string(b->empty() ? 0 : b->size() - 1));
    }
    const std::size_t n = std::min(a->size(), b->size());
    const Row& header = a->empty() ? Row{} : a->front();
    for (std::size_t r = 1; r < n; ++r) {
        const Row& x = (*a)[r];
        const Row& y = (*b)[r];
        const std::string where = "row " + std::to_string(r) + " (" + key_of(x, keys) + ")";
        if (x.size() != y.size()) {
            report(where + ": " + std::to_string(x.size()) + " vs " + std::to_string(y.size()) +
                   " cells");
            continue;
        }
        for (std::size_t c = 0; c < x.size(); ++c) {
            ++cells;
            const std::string col = c < header.size() ? header[c] : std::to_string(c + 1);
            const std::string diff = where + " " + col + ": '" + x[c] + "' vs '" + y[c] + "'";
            if (c < keys) {
                if (x[c] != y[c]) {
                    report(diff + " (key)");
                }
                continue;
            }
            const auto dx = parse_decimal(x[c]);
            const auto dy = parse_decimal(y[c]);
            if (dx && dy) {
                const double d = std::fabs(std::strtod(x[c].c_str(), nullptr) -
                                           std::strtod(y[c].c_str(), nullptr));
                max_abs = std::max(max_abs, d);
                if (!(*dx == *dy) && !(tolerance > 0 && d <= tolerance)) {
                    report(diff);
                }
            } else if (x[c] != y[c]) {
                report(diff);
            }
        }
    }
    std::printf("rows=%zu cells=%ld mismatches=%ld max_abs_diff=%.6g\n",
                a->empty() ? std::size_t{0} : a->size() - 1, cells, mismatches, max_abs);
    for (const auto& m : shown) {
        std::printf("  %s\n", m.c_str());
    }
    return mismatches == 0 ? 0 : 1;
}
