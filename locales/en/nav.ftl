# Navigation: the index pages, the jump links of the home page, the not-found page's
# lookup and suggestions, the language chooser's link to each index.

## The index of codes (/<lang>/sip/)

nav-codes-title = SIP response codes by class: 1xx to 6xx
nav-codes-heading = SIP response codes by class
nav-codes-description = Every registered SIP response code grouped by class, from 1xx provisional responses to 6xx global failures, each with a one-line summary.
# Its name in breadcrumbs and on the language chooser.
nav-codes-crumb = Codes by class
# The accessible name of the links to each class (1xx … 6xx).
nav-jump-label = Jump to a class

## The index of comparisons (/<lang>/compare/sip/)

nav-pairs-title = SIP response code comparisons
nav-pairs-heading = Comparisons of SIP response codes
nav-pairs-description = The pairs of SIP response codes engineers confuse most often, and how to open a side-by-side comparison of any two codes.
nav-pairs-crumb = Comparisons
nav-pairs-confused = Pairs most often confused
nav-pairs-any-heading = Any other pair
nav-pairs-any = Every code's page links to its comparison with each of the other codes: open the first code below, then choose the second.
nav-pairs-picker = Or choose both codes at once on the home page

## The not-found page

nav-notfound-suggest = Pages that match this address
nav-notfound-lookup = Find a code
nav-notfound-lookup-placeholder = Number or words, e.g. 486 or busy
nav-notfound-none = No code matches.
nav-notfound-elsewhere = Browse instead
