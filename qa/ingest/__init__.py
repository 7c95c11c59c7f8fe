"""Stage 1, reading documents: the corpus folder, chunking into passages, sentences, and the words of text
(jieba, OpenCC, pinyin, CC-CEDICT glosses)."""
