# Interface strings of the code page's key facts, of heading permalinks and of the image
# shown when a page is shared (static/og-<lang>.png, drawn by scripts/og-images.sh).

## Key facts under a code page's lede

# The row naming the registry every code is registered in.
fact-registry = Registry
# Link text to IANA's table of SIP response codes.
registry-link = IANA, SIP response codes

## Heading permalinks

# Accessible name of the "#" link beside each section heading.
permalink-label = Link to this section

## Image shown when a page is shared (scripts/og-images.sh draws it from og-image-text)

# The line under the site's name on the image.
og-image-text = What each code means, and how any two differ
# Describes the image to people who cannot see it.
og-image-alt = SIP response codes: what each code means, and how any two differ
