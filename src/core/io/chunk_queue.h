#pragma once
// A bounded queue of chunks between the thread that reads an import file and the thread that
// writes to the database. Bounded, so memory stays flat when reading is faster than writing.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <optional>

namespace uplift {

template <typename Chunk>
class ChunkQueue {
  public:
    explicit ChunkQueue(std::size_t capacity) : capacity_(capacity) {}

    // Blocks while full. False when the consumer gave up (abort): the producer should stop.
    bool push(Chunk chunk) {
        std::unique_lock lock(mutex_);
        not_full_.wait(lock, [&] { return aborted_ || chunks_.size() < capacity_; });
        if (aborted_) {
            return false;
        }
        chunks_.push_back(std::move(chunk));
        not_empty_.notify_one();
        return true;
    }

    // The producer has pushed its last chunk.
    void close() {
        std::lock_guard lock(mutex_);
        closed_ = true;
        not_empty_.notify_all();
    }

    // The consumer stops: unblocks a waiting producer, whose next push returns false.
    void abort() {
        std::lock_guard lock(mutex_);
        aborted_ = true;
        not_full_.notify_all();
        not_empty_.notify_all();
    }

    enum class Pop { Got, Timeout, Done };
    // Waits up to `wait` for a chunk. Done once the queue is closed and drained.
    Pop pop(Chunk& out, std::chrono::milliseconds wait) {
        std::unique_lock lock(mutex_);
        if (!not_empty_.wait_for(lock, wait, [&] { return !chunks_.empty() || closed_; })) {
            return Pop::Timeout;
        }
        if (chunks_.empty()) {
            return Pop::Done;
        }
        out = std::move(chunks_.front());
        chunks_.pop_front();
        not_full_.notify_one();
        return Pop::Got;
    }

  private:
    std::mutex mutex_;
    std::condition_variable not_full_;
    std::condition_variable not_empty_;
    std::deque<Chunk> chunks_;
    std::size_t capacity_;
    bool closed_ = false;
    bool aborted_ = false;
};

}  // namespace uplift
