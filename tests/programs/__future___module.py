from __future__ import annotations, division
from __future__ import generator_stop as stop_feature
# The __future__ module: feature records with their releases and compiler flags.
import __future__

print(__future__.all_feature_names)
print(__future__.__all__[:3], len(__future__.__all__))
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(f"{name:17} {feature.getOptionalRelease()} -> {feature.getMandatoryRelease()}"
          f" flag={feature.compiler_flag:#x}")
print(repr(__future__.annotations))
print(__future__.division)
print(annotations is __future__.annotations, division is __future__.division)
print(stop_feature.getMandatoryRelease()[:2], type(stop_feature).__name__)
print(__future__.CO_FUTURE_ANNOTATIONS == annotations.compiler_flag, __future__.CO_NESTED)

import sys
current = sys.version_info[:2]
standard = [n for n in __future__.all_feature_names
            if getattr(__future__, n).getMandatoryRelease() is not None
            and getattr(__future__, n).getMandatoryRelease()[:2] <= (3, 11)]
print(standard)
print(sorted(n for n in __future__.all_feature_names
             if getattr(__future__, n).getOptionalRelease() >= (3,)))
flags = 0
for n in __future__.all_feature_names:
    flags |= getattr(__future__, n).compiler_flag
print(hex(flags))

def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]
print(annotated(1))
print(7 / 2, 7 // 2)
