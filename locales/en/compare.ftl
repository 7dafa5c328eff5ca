# Comparison pages: the headings and labels that only a comparison of two codes needs.

# The section with the call flow of each of the two codes, side by side.
compare-flows-heading = Call flows
# The rest of a hand-written note about the pair, after its first sentence (which leads the page).
compare-note-heading = In practice
# The folded part of the side-by-side table: the facts that are the same for both codes.
# $count: how many facts.
compare-same-for-both = Same for both ({ $count })
