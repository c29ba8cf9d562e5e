#pragma once
// CSV output (reports, exports): ',' separator, minimal RFC 4180 quoting, '\n' line ends.
#include <iosfwd>
#include <string>
#include <vector>

namespace uplift {

std::string csv_field(const std::string& value);
void write_csv_row(std::ostream& out, const std::vector<std::string>& fields);

}  // namespace uplift
