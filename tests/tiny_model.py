"""A tiny random BERT sequence classifier with our labels, for plumbing tests.

`build_tiny_model(directory)` saves it with save_pretrained and returns its path; it loads with
`load_classifier(ClassifierConfig(model=str(path)))`. Random weights: scores are numbers
in [0, 1], not judgements.
"""
from __future__ import annotations

from pathlib import Path

from monitor.vocab import LABELS

_WORDS = """the a an and or but is are was were be to of in on at for with by from it this that
he she they we you i my his her their our school teacher head class year pupil child parent
kill stab hurt watch back know where lives see pickup tomorrow today great love thanks well done
awful useless terrible complaint data request mr mrs miss sir academy hollowbrook""".split()


def build_tiny_model(directory: Path) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *_WORDS,
             *"abcdefghijklmnopqrstuvwxyz0123456789", *(f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz0123456789"),
             *".,!?'\"-:;()@#£&/"]
    (directory / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(directory / "vocab.txt"), do_lower_case=True)
    config = BertConfig(
        vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
        intermediate_size=32, max_position_embeddings=128, num_labels=len(LABELS),
        id2label=dict(enumerate(LABELS)), label2id={l: i for i, l in enumerate(LABELS)},
        problem_type="multi_label_classification", initializer_range=0.5)
    torch.manual_seed(0)
    model = BertForSequenceClassification(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory
