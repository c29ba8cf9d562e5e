#pragma once
// Puts the rows of an actuals file that arrive out of key order into key order with flat
// memory: sorted runs of a bounded size spill to a temporary file and are merged at the end.
// Inserting in key order appends to the table's B-tree instead of touching a random page for
// every row, which is what makes a ten-million-row file in week order load in seconds.
#include <cstdint>
#include <cstdio>
#include <functional>
#include <future>
#include <vector>

#include "actuals/actual_record.h"

namespace uplift {

class ActualSort {
  public:
    // At most 2 × `run_records` rows are held in memory (48 bytes each): one run filling while
    // the previous one is sorted and written on a helper thread.
    explicit ActualSort(std::size_t run_records = std::size_t{1} << 19);
    ActualSort(const ActualSort&) = delete;
    ActualSort& operator=(const ActualSort&) = delete;
    ~ActualSort();

    void add(const ActualRecord& r);
    bool empty() const { return buffer_.empty() && runs_.empty(); }
    // Rows added since the last spill (all rows while no run has been spilled).
    std::size_t buffered() const { return buffer_.size(); }
    bool spilled() const { return !runs_.empty(); }
    // Every row added, in key order (equal keys by line), then forgets them.
    void emit(const std::function<void(const ActualRecord&)>& out);

  private:
    struct Run {
        std::int64_t offset = 0;  // in records
        std::int64_t count = 0;
    };
    void spill();
    void wait_for_spill();

    std::size_t run_records_;
    std::vector<ActualRecord> buffer_;
    std::vector<ActualRecord> spilling_;  // the run the helper thread sorts and writes
    std::future<void> spill_done_;
    std::vector<Run> runs_;
    std::FILE* file_ = nullptr;
    std::int64_t written_ = 0;
};

}  // namespace uplift
