#include "io/csv_writer.h"

#include <ostream>

namespace uplift {

std::string csv_field(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) {
        return value;
    }
    std::string q = "\"";
    for (const char ch : value) {
        if (ch == '"') {
            q += '"';
        }
        q += ch;
    }
    return q + "\"";
}

void write_csv_row(std::ostream& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            out << ',';
        }
        out << csv_field(fields[i]);
    }
    out << '\n';
}

}  // namespace uplift
