#pragma once
// The `--format table` form of reports and lists: aligned columns for a terminal.
#include <ostream>
#include <string>
#include <vector>

namespace uplift::cli {

// The first column reads left to right; the others (numbers) line up on the right.
void print_table(std::ostream& out, const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

}  // namespace uplift::cli
