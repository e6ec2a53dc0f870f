"""Fetch and match: each source's posts, who they are about, stored with the cursor."""
