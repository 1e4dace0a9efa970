// Form and query decoding: a decoded form encodes to bytes that decode to the same pairs.
#include "FuzzSupport.h"
#include "net/UrlEncodedForm.h"

using namespace authdeck;

FUZZ_INIT()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const auto form = UrlEncodedForm::parse(input);
    if (form) {
        const QByteArray encoded = form->toEncoded();
        const auto again = UrlEncodedForm::parse(encoded);
        FUZZ_CHECK(again.has_value());
        FUZZ_CHECK(again->items() == form->items());
        FUZZ_CHECK(again->toEncoded() == encoded);
        (void)form->duplicateNames();
    }
    const auto plain = UrlEncodedForm::percentDecode(input, false);
    const auto spaced = UrlEncodedForm::percentDecode(input, true);
    FUZZ_CHECK(plain.has_value() == spaced.has_value());
    if (plain)
        FUZZ_CHECK(plain->size() <= input.size());
    return 0;
}
