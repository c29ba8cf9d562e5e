#pragma once
// The demo's own random numbers. std::uniform_*_distribution is implementation-defined and
// std::rand is global state, so neither gives the same data on every platform; splitmix64 is
// tiny, fast and fully specified, which is what "same seed, same file" needs.
#include <cstdint>

namespace uplift::demo {

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}

    // An independent stream for one part of the data set (a tag and up to two ids), so that
    // e.g. an account's weekly noise does not shift when the catalogue draws one number more.
    static Rng stream(std::uint64_t seed, std::uint64_t tag, std::uint64_t a = 0,
                      std::uint64_t b = 0) {
        return Rng(mix(mix(mix(seed ^ (tag * 0x9E3779B97F4A7C15ULL)) + a) + b));
    }

    std::uint64_t next() {
        state_ += 0x9E3779B97F4A7C15ULL;
        return mix(state_);
    }
    // In [0, 1), 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // In [lo, hi], both inclusive. The modulo bias (< 2^-40 for our ranges) is irrelevant here.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(double p) { return uniform() < p; }

  private:
    static std::uint64_t mix(std::uint64_t z) {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    std::uint64_t state_;
};

}  // namespace uplift::demo
