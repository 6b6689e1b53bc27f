#ifndef CSHA256_H
#define CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// Whether this CPU has the x86 SHA extensions (and SSSE3, SSE4.1 beside them).
int csha256_accelerated(void);

/// Compresses `blocks` 64-byte blocks of `data` into the eight chaining words `state`
/// (FIPS 180-4), with the SHA extensions. Call only where `csha256_accelerated()` is 1.
void csha256_compress(uint32_t state[8], const uint8_t *data, size_t blocks);

#endif
