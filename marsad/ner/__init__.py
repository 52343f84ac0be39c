"""Arabic named-entity recognition: features, CRF tagger, training and scoring."""
